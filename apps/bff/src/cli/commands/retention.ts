import { parseArgs } from 'node:util'
import { systemClock } from '../../clock'
import { runRetention } from '../../retention/case-codes'
import { withDb } from '../db'

/** `pnpm ly retention [--db PATH]`: the daily case-code retention, now, for every centre. */
export async function retentionCommand(args: string[]) {
  const { values } = parseArgs({ args, options: { db: { type: 'string' } } })
  await withDb(values.db, async (db) => {
    for (const r of await runRetention(db, systemClock.now())) {
      process.stdout.write(`Senter ${r.centreId}: ${r.codes} saksnummer fjernet fra ${r.records} registreringer.\n`)
    }
  })
}
