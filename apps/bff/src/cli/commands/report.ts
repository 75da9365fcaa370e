import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { systemClock } from '../../clock'
import { recordAudit } from '../../db/audit'
import { reportFile, type ReportFormat } from '../../report/download'
import { CliError, parseYear, requireCentre, resolvePath, withDb } from '../db'

/**
 * `pnpm ly report --year Y --centre ID --format html|xlsx|csv --out FIL [--separator comma|semicolon] [--db STI]`:
 * the same shareable (suppressed) files as the download buttons. Prints only where it wrote them.
 */
export async function reportCommand(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { year: { type: 'string' }, centre: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, separator: { type: 'string', default: 'semicolon' }, db: { type: 'string' } },
  })
  const year = parseYear(values.year)
  if (!['html', 'xlsx', 'csv'].includes(values.format ?? '')) throw new CliError('--format må være html, xlsx eller csv.')
  if (values.separator !== 'comma' && values.separator !== 'semicolon') throw new CliError('--separator må være comma eller semicolon.')
  if (!values.out) throw new CliError('Mangler --out FIL.')
  const format = values.format as ReportFormat
  await withDb(values.db, async (db) => {
    const centre = await requireCentre(db, values.centre)
    const file = await reportFile(db, centre.id, year, format, values.separator as 'comma' | 'semicolon')
    try {
      writeFileSync(resolvePath(values.out!), file.body, { mode: 0o600 })
    } catch {
      throw new CliError(`Kunne ikke skrive filen ${values.out}.`)
    }
    // Every export is audited, also from the command line (no user: the person at the server).
    await recordAudit(db, { centreId: centre.id, actorUserId: null, action: 'export.report', targetKind: 'report', targetId: String(year), details: { year, format, via: 'cli' } }, systemClock.now())
    process.stdout.write(`Skrev årsstatistikken for ${year} (${format}, små tall skjult) til ${values.out}.\n`)
  })
}
