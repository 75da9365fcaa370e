import { createCentreWithAdmin } from '../bootstrap'
import type { Db } from '../db/database'
import { createTestDb, TestClock } from '../testing/test-app'
import { importRecords, type InterchangeFormat } from './import'

/** The tests' clock: every fixture date lies before it (dates after today are refused). */
export const NOW = new Date('2026-03-02T09:00:00.000Z')

/** A fresh in-memory database with one centre. */
export async function centreDb(name = 'Importsenteret'): Promise<{ db: Db; centreId: string }> {
  const db = await createTestDb()
  const { centreId } = await createCentreWithAdmin(db, new TestClock(NOW), name, `admin-${name.toLowerCase()}`)
  return { db, centreId }
}

export const jsonl = (records: readonly object[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n'

export const importText = (db: Db, centreId: string, text: string, format: InterchangeFormat = 'jsonl') => importRecords(db, { centreId, text, format, now: NOW })

export const countRows = async (db: Db, table: string) =>
  (
    await db
      .selectFrom(table as never)
      .selectAll()
      .execute()
  ).length
