import { writeFileSync } from 'node:fs'
import { systemClock } from '../../clock'
import { recordAudit } from '../../db/audit'
import { reportFile, type ReportFormat } from '../../report/download'
import { dbOption, defineCommand } from '../command'
import { CliError, parseYear, requireCentre, resolvePath, withDb } from '../db'

/** The same shareable (suppressed) files as the download buttons. Prints only where it wrote them. */
export const reportCommand = defineCommand({
  name: 'report',
  summary: 'Skriver årsstatistikken i Sarpsborg-rapportens form, med små tall skjult (se docs/report.md).',
  options: {
    year: { type: 'string', value: 'ÅÅÅÅ', required: true, description: 'Året rapporten gjelder.' },
    centre: { type: 'string', value: 'ID', required: true, description: 'Senterets id (se pnpm ly list-centres).' },
    format: { type: 'string', value: 'html|xlsx|csv', required: true, description: 'Filformatet.' },
    out: { type: 'string', value: 'FIL', required: true, description: 'Filen rapporten skrives til.' },
    separator: { type: 'string', value: 'comma|semicolon', default: 'semicolon', description: 'Skilletegnet i CSV.' },
    db: dbOption,
  },
  examples: ['pnpm ly report --year 2025 --centre ID --format xlsx --out aarsstatistikk-2025.xlsx'],
  async run({ values }) {
    const year = parseYear(values.year)
    if (!['html', 'xlsx', 'csv'].includes(values.format ?? '')) throw new CliError('--format må være html, xlsx eller csv.')
    if (values.separator !== 'comma' && values.separator !== 'semicolon') throw new CliError('--separator må være comma eller semicolon.')
    const separator = values.separator
    const out = values.out
    if (!out) throw new CliError('Mangler --out FIL.')
    const format = values.format as ReportFormat
    await withDb(values.db, async (db) => {
      const centre = await requireCentre(db, values.centre)
      const file = await reportFile(db, centre.id, year, format, separator)
      try {
        writeFileSync(resolvePath(out), file.body, { mode: 0o600 })
      } catch {
        throw new CliError(`Kunne ikke skrive filen ${out}.`)
      }
      // Every export is audited, also from the command line (no user: the person at the server).
      await recordAudit(
        db,
        { centreId: centre.id, actorUserId: null, action: 'export.report', targetKind: 'report', targetId: String(year), details: { year, format, via: 'cli' } },
        systemClock.now(),
      )
      process.stdout.write(`Skrev årsstatistikken for ${year} (${format}, små tall skjult) til ${out}.\n`)
    })
  },
})
