import { randomUUID } from 'node:crypto'
import type { Db } from './database'

export async function insertCentre(db: Db, name: string, now: Date) {
  const centre = { id: randomUUID(), name, created_at: now.toISOString() }
  await db.insertInto('centres').values(centre).execute()
  return centre
}

export const countCentres = async (db: Db) =>
  Number(
    (
      await db
        .selectFrom('centres')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

export const findCentre = (db: Db, id: string) => db.selectFrom('centres').selectAll().where('id', '=', id).executeTakeFirst()

export const listCentres = (db: Db) => db.selectFrom('centres').selectAll().orderBy('name').execute()

/** Marks a centre as holding invented demo registrations (`pnpm ly demo`). */
export const markDemoCentre = (db: Db, id: string) => db.updateTable('centres').set({ demo_data: 1 }).where('id', '=', id).execute()
