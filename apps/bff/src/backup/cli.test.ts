import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { dayVisitForm, recordSchema } from '@ly/forms'
import { dayVisitInput } from '@ly/forms/testing'
import { createCentreWithAdmin } from '../bootstrap'
import { DatabaseKeyError, openSqlite } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { insertRecord } from '../db/records'
import { runLy } from '../testing/cli'
import { TestClock } from '../testing/test-app'
import { pidFileOf } from './pid-file'

const dir = mkdtempSync(join(tmpdir(), 'ly-backup-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const ly = (...args: string[]) => runLy(dir, args)

async function visitCount(file: string, key?: string) {
  const db = openSqlite(file, key ? { key } : {})
  const n = (
    await db
      .selectFrom('day_visits' as never)
      .selectAll()
      .execute()
  ).length
  await db.destroy()
  return n
}

/** A plain database file in the test folder with one centre and `visits` day visits. */
async function databaseWithVisits(name: string, centreName: string, visits: number) {
  const file = join(dir, name)
  const db = openSqlite(file)
  await migrateToLatest(db)
  const clock = new TestClock()
  const { centreId } = await createCentreWithAdmin(db, clock, centreName, `admin-${name.replace(/\W/g, '')}`)
  const schema = recordSchema(dayVisitForm, { today: '2026-12-31' })
  for (let i = 0; i < visits; i++) await insertRecord(db, dayVisitForm, centreId, null, schema.parse(dayVisitInput()), clock.now())
  await db.destroy()
  return file
}

describe('pnpm ly backup / restore', { timeout: 120_000 }, () => {
  it('backs up, refuses to restore under a running server, and restores every record', async () => {
    const file = await databaseWithVisits('ly.sqlite', 'Senteret', 3)

    const backup = ly('backup', '--out', 'kopi.sqlite', '--db', 'ly.sqlite')
    expect(backup.stderr).toBe('')
    expect(backup.stdout).toMatch(/^Sikkerhetskopi skrevet til kopi\.sqlite og kontrollert: 1 senter, .*day_visits 3/)
    expect(ly('backup', '--out', 'kopi.sqlite', '--db', 'ly.sqlite').stderr).toMatch(/finnes allerede/)

    // Records lost after the backup…
    const live = openSqlite(file)
    await live.deleteFrom('day_visits_choices' as never).execute()
    await live.deleteFrom('day_visits' as never).execute()
    await live.destroy()
    expect(await visitCount(file)).toBe(0)

    // …cannot be restored while Ly runs (this test process stands in for the server)…
    writeFileSync(pidFileOf(file), String(process.pid))
    const refused = ly('restore', 'kopi.sqlite', '--db', 'ly.sqlite')
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/Ly kjører .* Stopp Ly før du gjenoppretter/)
    rmSync(pidFileOf(file))

    // …and come back when it is stopped.
    const restored = ly('restore', 'kopi.sqlite', '--db', 'ly.sqlite')
    expect(restored.stderr).toBe('')
    expect(restored.stdout).toMatch(/^Databasen er gjenopprettet fra kopi\.sqlite/)
    expect(await visitCount(file)).toBe(3)
  })

  it('encrypts a database made without a key, in place: unreadable without LY_DB_KEY, whole with it', async () => {
    const file = await databaseWithVisits('plain.sqlite', 'Ukryptert senter', 2)
    const readable = () => [file, `${file}-wal`, `${file}-journal`].some((f) => existsSync(f) && readFileSync(f).includes('Ukryptert senter'))
    expect(readable()).toBe(true)
    const withKey = { LY_DB_KEY: 'en-lang-nokkel-bare-for-testen' }
    const encrypt = (env: Record<string, string> = withKey) => runLy(dir, ['encrypt-database', '--db', 'plain.sqlite'], env)

    expect(encrypt({}).stderr).toMatch(/Sett LY_DB_KEY .* Ingenting er endret\./)
    writeFileSync(pidFileOf(file), String(process.pid))
    expect(encrypt().stderr).toMatch(/Ly kjører .* Stopp Ly før du krypterer den\./)
    rmSync(pidFileOf(file))
    expect(readable()).toBe(true)

    const run = encrypt()
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/^Databasen er kryptert med LY_DB_KEY og kontrollert: 1 senter, .*day_visits 2/)
    expect(readable()).toBe(false)
    expect(() => openSqlite(file)).toThrow(DatabaseKeyError)
    expect(await visitCount(file, withKey.LY_DB_KEY)).toBe(2)
    const twice = encrypt()
    expect(twice.status).toBe(1)
    expect(twice.stderr).toMatch(/allerede kryptert .* Ingenting er endret\./)
  })

  it('refuses a file that is not a Ly backup, changing nothing', () => {
    writeFileSync(join(dir, 'tull.sqlite'), 'ikke en database')
    const res = ly('restore', 'tull.sqlite', '--db', 'annen.sqlite')
    expect(res.status).toBe(1)
    expect(res.stderr).toMatch(/Sikkerhetskopien kan ikke brukes: .*Ingenting er endret/)
  })
})
