import { parseArgs } from 'node:util'
import { computeStatistics } from '../../statistics/engine'
import type { Offer } from '../../statistics/types'
import { CliError, parseYear, requireCentre, withDb } from '../db'

/** `pnpm ly stats --year Y --centre ID [--offer women|men|all] [--db PATH] --json` */
export async function statsCommand(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { year: { type: 'string' }, centre: { type: 'string' }, offer: { type: 'string', default: 'all' }, db: { type: 'string' }, json: { type: 'boolean', default: false } },
  })
  const year = parseYear(values.year)
  if (!['women', 'men', 'all'].includes(values.offer)) throw new CliError('--offer må være women, men eller all.')
  if (!values.json) throw new CliError('Bare JSON-utdata finnes foreløpig: legg til --json.')
  await withDb(values.db, async (db) => {
    const centre = await requireCentre(db, values.centre)
    const doc = await computeStatistics(db, { centreId: centre.id, year, offer: values.offer as Offer })
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`)
  })
}
