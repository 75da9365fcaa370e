import { parseArgs } from 'node:util'
import { centreStatistics, nationalStatistics } from '../../statistics/cache'
import type { Offer } from '../../statistics/types'
import { CliError, parseYear, requireCentre, withDb } from '../db'

/**
 * `pnpm ly stats --year Y --centre ID [--offer women|men|all] [--db PATH] --json`;
 * `--centre all` gives the national figures: every centre in the database, added up.
 */
export async function statsCommand(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { year: { type: 'string' }, centre: { type: 'string' }, offer: { type: 'string', default: 'all' }, db: { type: 'string' }, json: { type: 'boolean', default: false } },
  })
  const year = parseYear(values.year)
  if (!['women', 'men', 'all'].includes(values.offer)) throw new CliError('--offer må være women, men eller all.')
  if (!values.json) throw new CliError('Bare JSON-utdata finnes foreløpig: legg til --json.')
  const scope = { year, offer: values.offer as Offer }
  await withDb(values.db, async (db) => {
    const doc = values.centre === 'all' ? await nationalStatistics(db, scope) : await centreStatistics(db, (await requireCentre(db, values.centre)).id, scope)
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`)
  })
}
