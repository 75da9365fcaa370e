import { systemClock } from '../../clock'
import { runRetention } from '../../retention/case-codes'
import { dbOption, defineCommand } from '../command'
import { withDb } from '../db'

/** The daily case-code retention, now, for every centre. */
export const retentionCommand = defineCommand({
  name: 'retention',
  summary:
    'Fjerner saksnummer som ikke er brukt på en stund (senterets innstilling, standard\n24 måneder) fra gamle registreringer. Statistikken blir den samme. Kjøres også daglig\nav serveren.',
  options: { db: dbOption },
  examples: ['pnpm ly retention', 'pnpm ly retention --db ./data/ly.sqlite'],
  async run({ values }) {
    await withDb(values.db, async (db) => {
      for (const r of await runRetention(db, systemClock.now())) {
        process.stdout.write(`Senter ${r.centreId}: ${r.codes} saksnummer fjernet fra ${r.records} registreringer.\n`)
      }
    })
  },
})
