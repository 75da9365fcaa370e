import { esc } from './html-escape'
import type { ReportModel, ReportRow, ReportSection, ReportTable } from './model'
import { printStyles } from './print-styles'
import { centreOfferHtml } from './render-centre-offer'
import { occupancyHtml } from './render-occupancy'
import { cellText } from './render-cell'

export const reportTitle = (model: Pick<ReportModel, 'centre' | 'tertial' | 'periodLabel'>) =>
  `${model.centre.name} – ${model.tertial ? 'statistikk' : 'årsstatistikk'} ${model.periodLabel}`

function rowHtml(row: ReportRow, table: ReportTable, model: ReportModel): string {
  const cells = row.cells
    .map((cell) => {
      const { value, percent } = cellText(cell, row.kind, model)
      return `<td>${esc(value)}${table.showPercent && percent ? `<span class="percent">${esc(percent)}</span>` : ''}</td>`
    })
    .join('')
  return `<tr class="kind-${row.kind}"><th scope="row">${esc(row.label)}</th>${cells}</tr>`
}

/** Rows in blocks: one <tbody> per group, headed by the group's name. */
function bodiesHtml(table: ReportTable, model: ReportModel): string {
  const blocks: { group: string | undefined; rows: ReportRow[] }[] = []
  for (const row of table.rows) {
    const last = blocks[blocks.length - 1]
    if (last && last.group === row.group) last.rows.push(row)
    else blocks.push({ group: row.group, rows: [row] })
  }
  return blocks
    .map(
      (b) =>
        `<tbody>${b.group ? `<tr><th scope="rowgroup" colspan="${table.columns.length + 1}">${esc(b.group)}</th></tr>` : ''}${b.rows.map((r) => rowHtml(r, table, model)).join('')}</tbody>`,
    )
    .join('')
}

export function tableHtml(table: ReportTable, model: ReportModel): string {
  const figure = table.figure === null ? '' : `<span class="figure-number">Figur ${table.figure}</span> `
  const head = `<thead><tr><th scope="col">${table.showPercent ? 'Antall og andel' : 'Antall'}</th>${table.columns.map((c) => `<th scope="col">${esc(c.label)}</th>`).join('')}</tr></thead>`
  const notes = [table.unit, table.multi ? 'Flere svar mulig: andelene kan til sammen bli mer enn 100 %.' : null, table.note ?? null].filter((n): n is string => !!n)
  return `<figure class="table" id="${esc(table.id)}"><table><caption>${figure}${esc(table.caption)}</caption>${head}${bodiesHtml(table, model)}</table><figcaption>${notes.map(esc).join(' ')}</figcaption></figure>`
}

function sectionHtml(section: ReportSection, index: number, model: ReportModel): string {
  const comment = section.comment?.text.trim()
  return `<section class="report-section" id="seksjon-${section.key}" aria-labelledby="tittel-${section.key}">
<h2 id="tittel-${section.key}">${index + 1}. ${esc(section.title)}</h2>
<div class="sentences">${section.sentences.map((s) => `<p>${esc(s)}</p>`).join('')}</div>
${
  comment
    ? `<div class="comment"><h3>Kommentar</h3>${comment
        .split(/\n\s*\n/)
        .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
        .join('')}</div>`
    : ''
}
${section.tables.map((t) => (section.occupancy?.table === t.id ? occupancyHtml(section.occupancy) : '') + tableHtml(t, model)).join('\n')}
${section.centreOffer ? centreOfferHtml(section.centreOffer) : ''}
</section>`
}

/**
 * The print page: one self-contained HTML document (no script, styles inline) that a browser
 * prints or saves as a clean A4 PDF. Rendered from the shareable model for anything that leaves Ly.
 */
export function renderHtml(model: ReportModel): string {
  const title = reportTitle(model)
  const view =
    model.view === 'shareable'
      ? `Til deling: tall fra 1 til ${model.threshold} og tall som kunne avsløre dem, er erstattet med «${model.mark}».`
      : 'Intern rapport med eksakte tall. Skal ikke deles utenfor krisesenteret.'
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${printStyles(title)}</style>
</head>
<body>
<header class="cover">
<p class="kicker">Årsstatistikk</p>
<h1>${esc(model.centre.name)}: statistikk om benyttelsen av krisesenterets tjenester ${esc(model.periodLabel)}</h1>
<p class="view">${esc(view)}</p>
${model.changeNote ? `<p class="change-note" role="note">${esc(model.changeNote)}</p>` : ''}
</header>
<main>
${model.sections.map((s, i) => sectionHtml(s, i, model)).join('\n')}
</main>
<footer class="legend"><p>${esc(model.mark)} = ${esc(model.legend)}. «${esc(model.notRegistered)}» = spørsmålet eller skjemaet fantes ikke i Ly det året (ikke det samme som 0).</p></footer>
</body>
</html>
`
}
