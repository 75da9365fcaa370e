import { forms, osloToday } from '@ly/forms'
import { markDemoCentre } from '../db/centres'
import type { Db } from '../db/database'

import { generateYear } from './generate-year'
import { demoCentreYears } from './places'
import { Random } from './random'
import { toTableRows } from './rows'
import { writeRows } from './write'

export interface DemoOptions {
  /** Years of history, ending with the current year (filled up to today). */
  years: number
  seed: number
  now: Date
  /** Volume relative to a mid-size centre (S1 Sarpsborg); 1 by default. */
  scale?: number
}

export interface DemoSummary {
  years: number[]
  /** Records per form key. */
  counts: Record<string, number>
}

/** Thrown when a centre cannot be filled: the message is for the person at the terminal. */
export class DemoRefused extends Error {}

export async function centreHasRecords(db: Db, centreId: string): Promise<boolean> {
  for (const form of Object.values(forms)) {
    const hit = await db.selectFrom(form.table).select('id').where('centre_id', '=', centreId).limit(1).executeTakeFirst()
    if (hit) return true
  }
  return false
}

/**
 * Fills an empty centre with an invented history of every registered form, one transaction per
 * year, and marks the centre as a demo centre. Refuses a centre that already has registrations:
 * invented records must never mix with real ones.
 */
export async function fillCentreWithDemo(db: Db, centreId: string, options: DemoOptions): Promise<DemoSummary> {
  if (await centreHasRecords(db, centreId)) {
    throw new DemoRefused('Senteret har allerede registreringer. Demodata legges bare i et tomt senter (lag et nytt med `pnpm ly create-centre`).')
  }
  const today = osloToday(options.now)
  const last = Number(today.slice(0, 4))
  const years = Array.from({ length: options.years }, (_, i) => last - options.years + 1 + i)
  const rng = new Random(`ly-demo/${options.seed}`)
  const ids = new Random(`ly-demo-ids/${options.seed}/${centreId}`)
  const codes = new Set<string>()
  const counts: Record<string, number> = {}
  await markDemoCentre(db, centreId)
  for (const year of years) {
    const registrations = generateYear({ year, today, now: options.now, count: (_f, v) => v.centre * (options.scale ?? 1), rng: rng.fork(year), ids: ids.fork(year), codes })
    const records = [...registrations, ...demoCentreYears(registrations, year, today, options.now, ids.fork(`centre-year/${year}`))]
    await db.transaction().execute((trx) => writeRows(trx, toTableRows(centreId, records)))
    for (const r of registrations) counts[r.form.key] = (counts[r.form.key] ?? 0) + 1
  }
  return { years, counts }
}
