import ExcelJS from 'exceljs'
import type { CentreOfferFacts, ReportCell, ReportModel, ReportSection, ReportTable } from './model'
import { partCaption } from './render-centre-offer'
import { reportTitle } from './render-html'

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export const sheetName = (section: ReportSection, index: number) =>
  `${index + 1} ${section.title}`
    .replace(/[:\\/?*[\]]/g, ' ')
    .slice(0, 31)
    .trim()

/** A count or measure as a number; a hidden or unregistered one as its mark (text). */
function valueOf(cell: ReportCell, model: ReportModel): number | string | null {
  if (cell.state === 'suppressed') return model.mark
  if (cell.state === 'not_registered') return model.notRegistered
  return cell.value
}

function writeTable(sheet: ExcelJS.Worksheet, table: ReportTable, model: ReportModel) {
  const title = sheet.addRow([`${table.figure === null ? '' : `Figur ${table.figure}: `}${table.caption}`])
  title.font = { bold: true }
  sheet.addRow([table.unit + (table.multi ? ' Flere svar mulig: andelene kan til sammen bli mer enn 100 %.' : '')]).font = { italic: true }
  const header = sheet.addRow(['', ...table.columns.flatMap((c) => (table.showPercent ? [`${c.label} antall`, `${c.label} %`] : [c.label]))])
  header.font = { bold: true }
  let group: string | undefined
  for (const row of table.rows) {
    if (row.group && row.group !== group) sheet.addRow([row.group]).font = { bold: true }
    group = row.group
    const values = row.cells.flatMap((cell) =>
      table.showPercent ? [valueOf(cell, model), cell.state === 'value' && cell.percent !== null ? Math.round(cell.percent * 10) / 10 : null] : [valueOf(cell, model)],
    )
    const r = sheet.addRow([row.label, ...values])
    if (row.kind === 'total' || row.kind === 'n') r.font = { bold: true }
    r.eachCell((cell, col) => {
      if (col === 1 || typeof cell.value !== 'number') return
      const isPercent = table.showPercent && col % 2 === 1
      cell.numFmt = isPercent || row.kind === 'measure' ? '0.0' : '#,##0'
    })
  }
  if (table.note) sheet.addRow([table.note]).font = { italic: true }
  sheet.addRow([])
}

/** The annual form's answers: a block per part, the answer and the country's count per offer, as text. */
function writeCentreOffer(sheet: ExcelJS.Worksheet, facts: CentreOfferFacts) {
  const { columns } = facts
  for (const part of facts.parts) {
    sheet.addRow([partCaption(part)]).font = { bold: true }
    sheet.addRow(['', ...columns.flatMap((c) => [`${c.offer}: ${c.centre.toLowerCase()}`, `${c.offer}: ${c.national.toLowerCase()}`])]).font = { bold: true }
    for (const group of part.groups) {
      if (group.kind === 'choices') sheet.addRow([group.question]).font = { bold: true }
      for (const row of group.rows) sheet.addRow([row.label, ...row.cells.flatMap((c) => [c.answer, c.national ?? ''])])
    }
    sheet.addRow([])
  }
  sheet.addRow([facts.note]).font = { italic: true }
}

/**
 * The report as an Excel workbook: one sheet per section with its sentences, comment and
 * labelled tables. Numbers are stored as numbers; a hidden count is the text mark.
 */
export async function renderXlsx(model: ReportModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Ly'
  workbook.title = reportTitle(model)
  model.sections.forEach((section, i) => {
    const sheet = workbook.addWorksheet(sheetName(section, i))
    sheet.getColumn(1).width = 48
    for (let c = 2; c <= 16; c++) sheet.getColumn(c).width = 12
    sheet.addRow([`${i + 1}. ${section.title}`]).font = { bold: true, size: 14 }
    sheet.addRow([`${model.centre.name}, ${model.periodLabel}${model.view === 'shareable' ? ' – til deling, små tall skjult' : ' – intern, eksakte tall'}`])
    if (model.changeNote) sheet.addRow([model.changeNote]).font = { bold: true }
    for (const sentence of section.sentences) sheet.addRow([sentence])
    if (section.comment?.text.trim()) {
      sheet.addRow(['Kommentar']).font = { bold: true }
      sheet.addRow([section.comment.text])
    }
    sheet.addRow([])
    for (const table of section.tables) writeTable(sheet, table, model)
    if (section.centreOffer) writeCentreOffer(sheet, section.centreOffer)
    sheet.addRow([`${model.mark} = ${model.legend}. «${model.notRegistered}» = spørsmålet eller skjemaet fantes ikke i Ly det året.`]).font = { italic: true }
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
