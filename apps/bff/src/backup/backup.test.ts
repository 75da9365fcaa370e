import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dayVisitForm, recordSchema } from '@ly/forms'
import { dayVisitInput } from '@ly/forms/testing'
import { createCentreWithAdmin } from '../bootstrap'
import { DatabaseKeyError, openSqlite, type Db } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { findRecords, insertRecord } from '../db/records'
import { TestClock } from '../testing/test-app'
import { backupTo, replaceDatabaseFile, rotateBackup, verifyBackup } from './backup'

const schema = recordSchema(dayVisitForm, { today: '2026-12-31' })
const MARKER = 'stalking og trusler over lang tid'
let dir: string
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'ly-backup-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

async function seeded(file: string, key?: string, visits = 25): Promise<{ db: Db; centreId: string }> {
  const db = openSqlite(file, key ? { key } : {})
  await migrateToLatest(db)
  const clock = new TestClock()
  const { centreId } = await createCentreWithAdmin(db, clock, 'Senteret', 'admin')
  for (let i = 0; i < visits; i++) {
    const input = dayVisitInput({ age: 20 + i, violence_types: ['other'], violence_other_text: MARKER })
    await insertRecord(db, dayVisitForm, centreId, null, schema.parse(input), clock.now())
  }
  return { db, centreId }
}

const allVisits = (db: Db, centreId: string) => findRecords(db, dayVisitForm, centreId, {})

describe('backups', () => {
  it('a backup taken while Ly writes restores with every record whole', async () => {
    const source = join(dir, 'ly.sqlite')
    const { db, centreId } = await seeded(source)
    // A second connection goes on writing while the backup is taken, as the running server would.
    const writer = openSqlite(source)
    const writing = (async () => {
      for (let i = 0; i < 20; i++) await insertRecord(writer, dayVisitForm, centreId, null, schema.parse(dayVisitInput({ age: 70 })), new Date())
    })()
    await backupTo(db, join(dir, 'copy.sqlite'))
    await writing
    await writer.destroy()

    const target = join(dir, 'restored.sqlite')
    replaceDatabaseFile(join(dir, 'copy.sqlite'), target)
    const restored = openSqlite(target)
    const backedUp = await allVisits(restored, centreId)
    const original = new Map((await allVisits(db, centreId)).map((r) => [r.id, r]))
    // Every record in the backup is exactly the original; the first 25 are all there.
    expect(backedUp.length).toBeGreaterThanOrEqual(25)
    for (const r of backedUp) expect(r).toEqual(original.get(r.id))
    await Promise.all([db.destroy(), restored.destroy()])
  })

  it('never overwrites an existing file', async () => {
    const { db } = await seeded(join(dir, 'ly.sqlite'), undefined, 1)
    writeFileSync(join(dir, 'taken.sqlite'), 'x')
    await expect(backupTo(db, join(dir, 'taken.sqlite'))).rejects.toThrow(/finnes allerede/)
    await db.destroy()
  })

  it('keeps only the newest scheduled backups', async () => {
    const { db } = await seeded(join(dir, 'ly.sqlite'), undefined, 1)
    const backups = join(dir, 'backups')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(backups)
    for (let day = 1; day <= 5; day++) await rotateBackup(db, backups, 3, new Date(`2026-03-0${day}T02:00:00Z`))
    expect(readdirSync(backups).sort()).toEqual(['ly-20260303T020000Z.sqlite', 'ly-20260304T020000Z.sqlite', 'ly-20260305T020000Z.sqlite'])
    await db.destroy()
  })
})

describe('encryption at rest (LY_DB_KEY)', () => {
  it('the database and its backups reveal nothing readable without the key', async () => {
    const file = join(dir, 'secret.sqlite')
    const { db, centreId } = await seeded(file, 'en-lang-og-hemmelig-nøkkel', 5)
    await backupTo(db, join(dir, 'secret-backup.sqlite'))
    await db.destroy() // checkpoints the WAL into the file

    for (const f of ['secret.sqlite', 'secret-backup.sqlite']) {
      const bytes = readFileSync(join(dir, f))
      expect(bytes.includes('SQLite format 3'), f).toBe(false)
      expect(bytes.includes(MARKER), f).toBe(false)
      expect(bytes.includes('Senteret'), f).toBe(false)
      expect(() => openSqlite(join(dir, f)), f).toThrow(DatabaseKeyError)
      expect(() => openSqlite(join(dir, f), { key: 'feil nøkkel' }), f).toThrow(DatabaseKeyError)
    }
    const check = await verifyBackup(join(dir, 'secret-backup.sqlite'), 'en-lang-og-hemmelig-nøkkel', ['day_visits'])
    expect(check).toEqual({ centres: 1, records: { day_visits: 5 } })
    const reopened = openSqlite(file, { key: 'en-lang-og-hemmelig-nøkkel' })
    expect((await allVisits(reopened, centreId))[0]?.values.violence_other_text).toBe(MARKER)
    await reopened.destroy()
  })

  it('without a key the file is plain SQLite, as before', async () => {
    const file = join(dir, 'plain.sqlite')
    const { db } = await seeded(file, undefined, 1)
    await db.destroy()
    expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3')
  })
})
