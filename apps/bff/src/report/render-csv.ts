import type { CentreOfferFacts, ReportCell, ReportModel, ReportTable } from './model'
import { partCaption } from './render-centre-offer'

/** What a CSV file is written from: the report, or the national aggregate tables. */
export type CsvSource = Pick<ReportModel, 'mark' | 'legend' | 'threshold' | 'notRegistered'> &
  Partial<Pick<ReportModel, 'changeNote'>> & {
    sections: readonly { title: string; tables: readonly ReportTable[]; centreOffer?: CentreOfferFacts }[]
  }

export type CsvSeparator = 'comma' | 'semicolon'

const quote = (text: string, sep: string) => (/["\r\n]/.test(text) || text.includes(sep) ? `"${text.replace(/"/g, '""')}"` : text)

/**
 * A number as a CSV field: with semicolons the decimal separator is a comma (what a Norwegian
 * Excel expects); with commas it is a point, so the field needs no quotes.
 */
function numberField(value: number, decimalComma: boolean): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1)
  return decimalComma ? text.replace('.', ',') : text
}

function cellFields(cell: ReportCell, model: CsvSource, decimalComma: boolean): [string, string, string] {
  if (cell.state === 'suppressed') return [model.mark, '', 'skjult']
  if (cell.state === 'not_registered') return ['', '', model.notRegistered]
  return [cell.value === null ? '' : numberField(cell.value, decimalComma), cell.percent === null ? '' : numberField(cell.percent, decimalComma), '']
}

/**
 * The annual form's answers in the same columns: the centre's answer as text in `merknad`, the
 * country's count of centres in `antall` with "N av M" in `merknad`. Never suppressed (facts
 * about the centre), so no status.
 */
function centreOfferLines(section: string, facts: CentreOfferFacts): string[][] {
  const { columns } = facts
  const unit = 'Senterets svar på årsskjemaet, og antall sentre i landet med samme svar'
  return facts.parts.flatMap((part) =>
    part.groups.flatMap((group) =>
      group.rows.flatMap((row) =>
        row.cells.flatMap((cell, i) => {
          const c = columns[i]!
          const base = [section, `arsskjema-${part.key}`, '', partCaption(part), unit, group.kind === 'choices' ? group.question : '', row.label, 'svar']
          const count = cell.national ? cell.national.split(' av ')[0]!.replace(/\s/g, '') : ''
          return [
            [...base, `${c.offer}: ${c.centre.toLowerCase()}`, '', '', cell.answer],
            [...base, `${c.offer}: ${c.national.toLowerCase()}`, count.includes('–') ? '' : count, '', cell.national ?? ''],
          ]
        }),
      ),
    ),
  )
}

/**
 * The report as one long table, one line per printed number: section, table, row and column
 * labels, the number, its percentage and a status. Built from the (shareable) model only.
 */
export function renderCsv(model: CsvSource, separator: CsvSeparator): string {
  const sep = separator === 'semicolon' ? ';' : ','
  const decimalComma = separator === 'semicolon'
  const header = ['seksjon', 'tabell', 'figur', 'tabelltekst', 'enhet', 'gruppe', 'rad', 'radtype', 'kolonne', 'antall', 'prosent', 'merknad']
  const lines = [header.join(sep)]
  for (const section of model.sections) {
    for (const table of section.tables) {
      for (const row of table.rows) {
        row.cells.forEach((cell, ci) => {
          const [value, percent, status] = cellFields(cell, model, decimalComma)
          const fields = [
            section.title,
            table.id,
            table.figure === null ? '' : String(table.figure),
            table.caption,
            table.unit,
            row.group ?? '',
            row.label,
            row.kind,
            table.columns[ci]!.label,
            value,
            table.showPercent ? percent : '',
            status,
          ]
          lines.push(fields.map((f) => quote(f, sep)).join(sep))
        })
      }
    }
  }
  for (const section of model.sections)
    if (section.centreOffer) lines.push(...centreOfferLines(section.title, section.centreOffer).map((f) => f.map((x) => quote(x, sep)).join(sep)))
  lines.push('')
  lines.push(quote(`${model.mark} = ${model.legend} (tall fra 1 til ${model.threshold}, og tall som ellers kunne regnes ut)`, sep))
  if (model.changeNote) lines.push(quote(model.changeNote, sep))
  // A byte order mark, so Excel opens the file as UTF-8 (æ, ø, å).
  return `\ufeff${lines.join('\r\n')}\r\n`
}
