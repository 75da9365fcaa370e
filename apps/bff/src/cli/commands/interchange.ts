import { readFileSync, writeFileSync } from 'node:fs'
import { systemClock } from '../../clock'
import { recordAudit } from '../../db/audit'
import { exportRecords, writeInterchange } from '../../interchange/export'
import { importRecords, type InterchangeFormat } from '../../interchange/import'
import { formatIssue } from '../../interchange/issues'
import { dbOption, defineCommand } from '../command'
import { CliError, parseYear, requireCentre, resolvePath, withDb } from '../db'

/** --format wins; otherwise a .csv file is CSV and anything else JSON Lines. */
function formatOf(explicit: string | undefined, file: string | undefined): InterchangeFormat {
  if (explicit !== undefined && explicit !== 'jsonl' && explicit !== 'csv') throw new CliError('--format må være jsonl eller csv.')
  return explicit ?? (file?.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl')
}

const centreOption = { type: 'string', value: 'ID', required: true, description: 'Senterets id (se pnpm ly list-centres).' } as const

/** docs/interchange.md */
export const importCommand = defineCommand({
  name: 'import',
  summary: 'Leser inn registreringer fra JSON Lines eller CSV (se docs/interchange.md).',
  details:
    'Alt eller ingenting: ved feil skrives linjenummer og felt, og ingenting lagres.\nEn fil senteret har lest inn før, avvises (hver registrering ville telles to\nganger); --again leser den inn likevel.',
  positionals: [{ name: 'FIL', description: 'Filen som skal leses inn.' }],
  options: {
    centre: centreOption,
    format: { type: 'string', value: 'jsonl|csv', description: 'Filens format (standard: csv for en .csv-fil, ellers jsonl).' },
    again: { type: 'boolean', default: false, description: 'Les inn en fil senteret har lest inn før, likevel.' },
    db: dbOption,
  },
  examples: ['pnpm ly import registreringer.jsonl --centre ID', 'pnpm ly import 2025.csv --centre ID --format csv'],
  async run({ values, positionals }) {
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
      const perForm = Object.entries(result.counts)
        .map(([form, n]) => `${form} ${n}`)
        .join(', ')
      process.stdout.write(`Importerte ${total} registreringer til ${centre.name}: ${perForm}.\n`)
    })
  },
})

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'Skriver senterets registreringer fra året i samme format (til skjermen, eller til FIL).',
  details: 'Hver eksport skrives i loggen (år, format og antall – aldri innholdet).',
  options: {
    year: { type: 'string', value: 'ÅÅÅÅ', required: true, description: 'Året registreringene gjelder.' },
    centre: centreOption,
    format: { type: 'string', value: 'jsonl|csv', description: 'Format (standard: csv når --out er en .csv-fil, ellers jsonl).' },
    out: { type: 'string', value: 'FIL', description: 'Skriv til filen i stedet for til skjermen.' },
    db: dbOption,
  },
  examples: ['pnpm ly export --year 2025 --centre ID --out 2025.csv', 'pnpm ly export --year 2025 --centre ID > 2025.jsonl'],
  async run({ values }) {
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
  },
})
