import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { systemClock } from '../../clock'
import { recordAudit } from '../../db/audit'
import { exportRecords, writeInterchange } from '../../interchange/export'
import { importRecords, type InterchangeFormat } from '../../interchange/import'
import { formatIssue } from '../../interchange/issues'
import { CliError, parseYear, requireCentre, resolvePath, withDb } from '../db'

/** --format wins; otherwise a .csv file is CSV and anything else JSON Lines. */
function formatOf(explicit: string | undefined, file: string | undefined): InterchangeFormat {
  if (explicit !== undefined && explicit !== 'jsonl' && explicit !== 'csv') throw new CliError('--format må være jsonl eller csv.')
  return explicit ?? (file?.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl')
}

/** `pnpm ly import FIL --centre ID [--format jsonl|csv] [--again] [--db STI]` (docs/interchange.md) */
export async function importCommand(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { centre: { type: 'string' }, format: { type: 'string' }, again: { type: 'boolean', default: false }, db: { type: 'string' } },
  })
  const [file, ...extra] = positionals
  if (!file || extra.length > 0) throw new CliError('Oppgi én fil: pnpm ly import FIL --centre ID.')
  const format = formatOf(values.format, file)
  let text: string
  try {
    text = readFileSync(resolvePath(file), 'utf8')
  } catch {
    throw new CliError(`Kunne ikke lese filen ${file}.`)
  }
  await withDb(values.db, async (db) => {
    const centre = await requireCentre(db, values.centre)
    const result = await importRecords(db, { centreId: centre.id, text, format, now: systemClock.now(), again: values.again })
    if (!result.ok) {
      for (const issue of result.issues) process.stderr.write(`${formatIssue(issue)}\n`)
      const lines = new Set(result.issues.map((i) => i.line)).size
      throw new CliError(`Importen er avvist: ${result.issues.length} feil på ${lines} ${lines === 1 ? 'linje' : 'linjer'}. Ingenting er lagret.`)
    }
    const total = Object.values(result.counts).reduce((a, b) => a + b, 0)
    const perForm = Object.entries(result.counts).map(([form, n]) => `${form} ${n}`).join(', ')
    process.stdout.write(`Importerte ${total} registreringer til ${centre.name}: ${perForm}.\n`)
  })
}

/** `pnpm ly export --year ÅÅÅÅ --centre ID [--format jsonl|csv] [--out FIL] [--db STI]` */
export async function exportCommand(args: string[]) {
  const { values } = parseArgs({ args, options: { year: { type: 'string' }, centre: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, db: { type: 'string' } } })
  const year = parseYear(values.year)
  const format = formatOf(values.format, values.out)
  await withDb(values.db, async (db) => {
    const centre = await requireCentre(db, values.centre)
    const records = await exportRecords(db, centre.id, year)
    const text = writeInterchange(records, format)
    // Every export is audited (issue 7): what, which year and how many — never the contents.
    await recordAudit(db, { centreId: centre.id, actorUserId: null, action: 'records.exported', details: { year, format, records: records.length } }, systemClock.now())
    if (values.out === undefined) {
      process.stdout.write(text)
      return
    }
    try {
      writeFileSync(resolvePath(values.out), text, { encoding: 'utf8', mode: 0o600 })
    } catch {
      throw new CliError(`Kunne ikke skrive filen ${values.out}.`)
    }
    process.stdout.write(`Skrev ${records.length} registreringer fra ${year} til ${values.out}.\n`)
  })
}
