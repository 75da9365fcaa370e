import { forms, formatNorwegianDate, osloToday } from '@ly/forms'
import { checkYear, type QualityReport } from '../../quality/check'
import { dbOption, defineCommand } from '../command'
import { parseYear, requireCentre, withDb } from '../db'

/** The findings as text, rule by rule: what it means, how to fix it, and each record. */
export function formatQualityReport(report: QualityReport, centreName: string): string {
  const lines = [`Kvalitetskontroll for ${centreName}, ${report.year} (sjekket ${formatNorwegianDate(report.today)})`, '']
  if (report.findings.length === 0) return [...lines, 'Ingen funn: alle reglene er sjekket, og ingenting trenger oppfølging.', ...checkedLines(report), ''].join('\n')
  for (const rule of report.rules.filter((r) => r.count > 0)) {
    lines.push(`${rule.title} (${rule.count})`, `  ${rule.explanation}`, `  Slik retter du: ${rule.fix}`)
    for (const f of report.findings.filter((x) => x.rule === rule.key)) {
      lines.push(`  - ${formatNorwegianDate(f.date)}  ${forms[f.form].title}: ${f.detail}  [${f.form} ${f.id}]`)
    }
    lines.push('')
  }
  lines.push(`${report.findings.length} funn i alt.`, ...checkedLines(report), '')
  return lines.join('\n')
}

/** The findings a leader has marked «Sjekket – riktig»: listed apart, not counted as needing attention. */
function checkedLines(report: QualityReport): string[] {
  if (report.checked.length === 0) return []
  return [
    '',
    `Sjekket – riktig (${report.checked.length}, trenger ikke oppfølging):`,
    ...report.checked.map((f) => `  - ${formatNorwegianDate(f.date)}  ${forms[f.form].title}: ${f.detail} Sjekket: ${f.checked.reason}  [${f.form} ${f.id}]`),
  ]
}

/** Exit code 1 when anything needs attention (not marked «Sjekket – riktig»), so a script can stop before the year is finalised. */
export const checkCommand = defineCommand({
  name: 'check',
  summary: 'Kvalitetskontroll av et år: skriver det som trenger oppfølging før året låses\n(avslutter med kode 1 når noe er funnet).',
  details: 'Reglene er de samme som på siden Kvalitetskontroll og når året låses (se docs/quality.md).',
  options: {
    year: { type: 'string', value: 'ÅÅÅÅ', required: true, description: 'Året som sjekkes.' },
    centre: { type: 'string', value: 'ID', required: true, description: 'Senterets id (se pnpm ly list-centres).' },
    json: { type: 'boolean', default: false, description: 'Skriv funnene som JSON.' },
    db: dbOption,
  },
  examples: ['pnpm ly check --year 2025 --centre ID', 'pnpm ly check --year 2025 --centre ID --json'],
  async run({ values }) {
    const year = parseYear(values.year)
    await withDb(values.db, async (db) => {
      const centre = await requireCentre(db, values.centre)
      const report = await checkYear(db, centre.id, year, osloToday(new Date()))
      process.stdout.write(values.json ? `${JSON.stringify({ centre: centre.id, ...report }, null, 2)}\n` : formatQualityReport(report, centre.name))
      if (report.findings.length > 0) process.exitCode = 1
    })
  },
})
