import { osloToday } from '@ly/forms'
import { centreStatistics, nationalStatistics } from '../../statistics/cache'
import { isWholeYear, parsePeriod, PeriodError, rangePeriod, yearOfPeriod, yearPeriod, type Period } from '../../statistics/period'
import type { Offer } from '../../statistics/types'
import { dbOption, defineCommand } from '../command'
import { CliError, parseYear, requireCentre, withDb } from '../db'

/**
 * The period asked for: `--year ÅÅÅÅ`, `--period 2026-T2|2026-Q3|2026-05|2026-ytd`, or
 * `--from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD` (both days included), exactly one of the three (decision 0026).
 */
export function periodFromArgs(values: { year?: string; period?: string; from?: string; to?: string }, today: string): Period {
  const given = [values.year !== undefined, values.period !== undefined, values.from !== undefined || values.to !== undefined].filter(Boolean).length
  if (given === 0) throw new CliError('Mangler periode: --year ÅÅÅÅ, --period (2026-T2, 2026-Q3, 2026-05, 2026-ytd) eller --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD.')
  if (given > 1) throw new CliError('Velg én av --year, --period eller --from/--to.')
  if (values.year !== undefined) return yearPeriod(parseYear(values.year))
  try {
    if (values.period !== undefined) return parsePeriod(values.period, today)
    if (values.from === undefined) throw new CliError('Mangler --from ÅÅÅÅ-MM-DD (perioden trenger begge datoene).')
    if (values.to === undefined) throw new CliError('Mangler --to ÅÅÅÅ-MM-DD (perioden trenger begge datoene).')
    return rangePeriod(values.from, values.to)
  } catch (e) {
    throw e instanceof PeriodError ? new CliError(e.message) : e
  }
}

/** `--centre all` gives the national figures: every centre in the database, added up. */
export const statsCommand = defineCommand({
  name: 'stats',
  summary: 'Skriver senterets statistikk for året som JSON (se docs/statistics.md);\n--centre all: alle sentre lagt sammen, de nasjonale tallene.',
  details:
    'I stedet for --year: --period 2026-T2 (tertial), 2026-Q3 (kvartal), 2026-05 (måned), 2026-ytd\n(hittil i år), eller --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD (begge dager med). Gi én av de tre.',
  options: {
    year: { type: 'string', value: 'ÅÅÅÅ', description: 'Året statistikken gjelder.' },
    period: { type: 'string', value: 'PERIODE', description: 'En del av året: 2026-T2, 2026-Q3, 2026-05 eller 2026-ytd.' },
    from: { type: 'string', value: 'ÅÅÅÅ-MM-DD', description: 'Første dag (med --to).' },
    to: { type: 'string', value: 'ÅÅÅÅ-MM-DD', description: 'Siste dag (med --from).' },
    centre: { type: 'string', value: 'ID|all', required: true, description: 'Senterets id (se pnpm ly list-centres), eller all: alle sentre lagt sammen.' },
    offer: { type: 'string', value: 'women|men|all', default: 'all', description: 'Tilbudet til kvinner, til menn, eller begge.' },
    db: dbOption,
    json: { type: 'boolean', default: false, required: true, description: 'Skriv JSON (den eneste utdataformen foreløpig).' },
  },
  examples: ['pnpm ly stats --year 2025 --centre all --json', 'pnpm ly stats --period 2026-T2 --centre ID --offer women --json'],
  async run({ values }) {
    const period = periodFromArgs(values, osloToday(new Date()))
    if (!['women', 'men', 'all'].includes(values.offer)) throw new CliError('--offer må være women, men eller all.')
    if (!values.json) throw new CliError('Bare JSON-utdata finnes foreløpig: legg til --json.')
    const scope = { year: yearOfPeriod(period), ...(isWholeYear(period) ? {} : { period }), offer: values.offer as Offer }
    await withDb(values.db, async (db) => {
      const doc = values.centre === 'all' ? await nationalStatistics(db, scope) : await centreStatistics(db, (await requireCentre(db, values.centre)).id, scope)
      process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`)
    })
  },
})
