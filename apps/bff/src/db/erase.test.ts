import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dayVisitInput } from '@ly/forms/testing'
import { createApp } from '../app'
import { backupTo } from '../backup/backup'
import { createCentreWithAdmin } from '../bootstrap'
import { defaultConfig } from '../deps'
import { MemoryLogger, signedInAdmin, signedInUser, TestClock, type TestContext } from '../testing/test-app'
import { openSqlite } from './database'
import { migrateToLatest } from './migrate'

// An invented answer, long and odd enough that no other byte run in the file matches it.
const MARKER = 'trusler-med-kniv-syntetisk-tekst-7Q3Z'
let dir: string
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'ly-erase-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const mode = (file: string) => statSync(file).mode & 0o777
const holds = (file: string) => existsSync(file) && readFileSync(file).includes(Buffer.from(MARKER))

async function fileApp(file: string): Promise<TestContext> {
  const db = openSqlite(file)
  await migrateToLatest(db)
  const clock = new TestClock()
  const centre = await createCentreWithAdmin(db, clock, 'Testsenteret', 'admin')
  return { db, clock, logger: new MemoryLogger(), app: createApp({ db, clock, logger: new MemoryLogger(), config: defaultConfig }), centre }
}

describe('deleted means gone, on a real database file (issue 18)', () => {
  it('a withdrawn answer is in neither the database file nor its WAL, and the files are the owner’s only', async () => {
    const file = join(dir, 'ly.sqlite')
    const ctx = await fileApp(file)
    const staff = await signedInUser(ctx, await signedInAdmin(ctx), 'vakt1', 'staff')
    const created = (await (await staff.request('POST', '/api/day-visits', dayVisitInput({ violence_types: ['other'], violence_other_text: MARKER }))).json()) as { id: string }
    // The answer is written (in the WAL until a checkpoint): the check below can see it.
    expect(holds(file) || holds(`${file}-wal`)).toBe(true)
    expect((await staff.request('POST', `/api/day-visits/${created.id}/withdraw-consent`, { version: 1 })).status).toBe(200)
    expect(holds(file)).toBe(false)
    expect(holds(`${file}-wal`)).toBe(false)
    for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) expect(mode(f), f).toBe(0o600)

    const backup = join(dir, 'kopi.sqlite')
    await backupTo(ctx.db, backup)
    expect(mode(backup)).toBe(0o600)
    await ctx.db.destroy()
  })

  it('a deleted record’s answer is gone from the files too', async () => {
    const file = join(dir, 'ly.sqlite')
    const ctx = await fileApp(file)
    const staff = await signedInUser(ctx, await signedInAdmin(ctx), 'vakt1', 'staff')
    const created = (await (await staff.request('POST', '/api/day-visits', dayVisitInput({ violence_types: ['other'], violence_other_text: MARKER }))).json()) as { id: string }
    expect((await staff.request('DELETE', `/api/day-visits/${created.id}`, { version: 1 })).status).toBe(204)
    expect(holds(file)).toBe(false)
    expect(holds(`${file}-wal`)).toBe(false)
    await ctx.db.destroy()
  })
})
