import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PASSWORD_HASHING, verifyPassword } from '../auth/password'
import { createCentreWithAdmin } from '../bootstrap'
import { openSqlite } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { runLy } from '../testing/cli'
import { TestClock } from '../testing/test-app'

describe('pnpm ly recover-admin (the real command line)', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ly-recover-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('prints a new one-time password for the centre’s administrator and stores it; an unknown centre is refused', async () => {
    const file = join(dir, 'ly.sqlite')
    let db = openSqlite(file)
    await migrateToLatest(db)
    const { centreId, adminPassword } = await createCentreWithAdmin(db, new TestClock(), 'Stengt ute', 'admin-stengt')
    const before = await db.selectFrom('users').select('password_hash').where('username', '=', 'admin-stengt').executeTakeFirstOrThrow()
    await db.destroy()

    const ly = (...args: string[]) => runLy(dir, args)
    const run = ly('recover-admin', '--centre', centreId, '--db', 'ly.sqlite')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('administratoren i «Stengt ute» har fått nytt engangspassord')
    const password = /Engangspassord: +(\S+)/.exec(run.stdout)?.[1]
    expect(password).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/)
    expect(password).not.toBe(adminPassword)

    db = openSqlite(file)
    const after = await db.selectFrom('users').select('password_hash').where('username', '=', 'admin-stengt').executeTakeFirstOrThrow()
    await db.destroy()
    expect(after.password_hash).not.toBe(before.password_hash)
    expect(await verifyPassword(after.password_hash, password!)).toBe(true)
    // The command is a process of its own: the production profile, not the tests' light one.
    const { memoryCost, timeCost, parallelism } = PASSWORD_HASHING
    expect(after.password_hash.startsWith(`$argon2id$v=19$m=${memoryCost},t=${timeCost},p=${parallelism}$`)).toBe(true)

    const unknown = ly('recover-admin', '--centre', 'finnes-ikke', '--db', 'ly.sqlite')
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toContain('Fant ikke senteret med id finnes-ikke')
  })
})
