import { writeFileSync } from 'node:fs'
import { systemClock } from '../../clock'
import { recordAudit } from '../../db/audit'
import { reportFile, type ReportFormat } from '../../report/download'
import { parseReportPeriod, reportPeriodLabel, reportPeriodName, reportPeriodRefusal, type ReportPeriod } from '../../report/report-period'
import { dbOption, defineCommand } from '../command'
import { CliError, parseYear, requireCentre, resolvePath, withDb } from '../db'

/** `--year ÅÅÅÅ` or `--period ÅÅÅÅ|ÅÅÅÅ-Tn`, exactly one: what GET /api/report takes as year/period. */
export function reportPeriodFromArgs(values: { year?: string; period?: string }): ReportPeriod {
  if (values.year !== undefined && values.period !== undefined) throw new CliError('Velg én av --year og --period.')
  if (values.period !== undefined) {
    const period = parseReportPeriod(values.period)
    if (!period) throw new CliError(`${reportPeriodRefusal(values.period)} (--period)`)
    return period
  }
  if (values.year === undefined) throw new CliError('Mangler periode: --year ÅÅÅÅ eller --period ÅÅÅÅ-Tn (for eksempel 2026-T2).')
  return { year: parseYear(values.year) }
}

/** The same shareable (suppressed) files as the download buttons. Prints only where it wrote them. */
export const reportCommand = defineCommand({
  name: 'report',
  summary: 'Skriver årsstatistikken (eller et tertials) i Sarpsborg-rapportens form, med små tall skjult\n(se docs/report.md).',
  details:
    'I stedet for --year: --period 2026-T2 for ett tertial (T1 januar–april, T2 mai–august,\nT3 september–desember), som rapportsiden og GET /api/report?period=. Et tertial og året\ner én utgivelse: sammen avslører de ingen skjulte tall. Kvartaler, måneder og andre\nperioder finnes bare i dashbordet (pnpm ly stats --period).',
  options: {
    year: { type: 'string', value: 'ÅÅÅÅ', description: 'Året rapporten gjelder.' },
    period: { type: 'string', value: 'ÅÅÅÅ-Tn', description: 'Et tertial i stedet for hele året: 2026-T1, 2026-T2 eller 2026-T3.' },
    centre: { type: 'string', value: 'ID', required: true, description: 'Senterets id (se pnpm ly list-centres).' },
    format: { type: 'string', value: 'html|xlsx|csv', required: true, description: 'Filformatet.' },
    out: { type: 'string', value: 'FIL', required: true, description: 'Filen rapporten skrives til.' },
    separator: { type: 'string', value: 'comma|semicolon', default: 'semicolon', description: 'Skilletegnet i CSV.' },
    db: dbOption,
  },
  examples: [
    'pnpm ly report --year 2025 --centre ID --format xlsx --out aarsstatistikk-2025.xlsx',
    'pnpm ly report --period 2026-T2 --centre ID --format html --out statistikk-2026-T2.html',
  ],
  async run({ values }) {
    const period = reportPeriodFromArgs(values)
    const { year, tertial } = period
    if (!['html', 'xlsx', 'csv'].includes(values.format ?? '')) throw new CliError('--format må være html, xlsx eller csv.')
    if (values.separator !== 'comma' && values.separator !== 'semicolon') throw new CliError('--separator må være comma eller semicolon.')
    const separator = values.separator
    const out = values.out
    if (!out) throw new CliError('Mangler --out FIL.')
    const format = values.format as ReportFormat
    await withDb(values.db, async (db) => {
      const centre = await requireCentre(db, values.centre)
      const file = await reportFile(db, centre.id, year, format, separator, tertial)
      try {
        writeFileSync(resolvePath(out), file.body, { mode: 0o600 })
      } catch {
        throw new CliError(`Kunne ikke skrive filen ${out}.`)
      }
      // Every export is audited, also from the command line (no user: the person at the server).
      await recordAudit(
        db,
        {
          centreId: centre.id,
          actorUserId: null,
          action: 'export.report',
          targetKind: 'report',
          targetId: reportPeriodName(period),
          details: { year, ...(tertial && { tertial }), format, via: 'cli' },
        },
        systemClock.now(),
      )
      process.stdout.write(`Skrev ${tertial ? 'statistikken' : 'årsstatistikken'} for ${reportPeriodLabel(period)} (${format}, små tall skjult) til ${out}.\n`)
    })
  },
})
