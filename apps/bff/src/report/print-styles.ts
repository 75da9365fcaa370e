/**
 * The print page's stylesheet: A4 with margins, a running header (centre and year) and page
 * numbers in the page margin boxes (Chromium prints them since version 131), each section on
 * a new page, tables never split from their caption. Also readable on screen.
 */
export function printStyles(runningHeader: string): string {
  const header = JSON.stringify(runningHeader)
  return `
@page {
  size: A4;
  margin: 22mm 18mm 20mm 18mm;
  @top-left { content: ${header}; font: 8.5pt/1.2 system-ui, sans-serif; color: #444; }
  @bottom-right { content: "Side " counter(page) " av " counter(pages); font: 8.5pt/1.2 system-ui, sans-serif; color: #444; }
}
:root { color: #111; background: #fff; font: 10.5pt/1.45 system-ui, "Segoe UI", Roboto, sans-serif; }
body { margin: 0 auto; max-width: 180mm; padding: 8mm 0; }
h1 { font-size: 20pt; margin: 0 0 4mm; }
h2 { font-size: 15pt; margin: 0 0 3mm; border-bottom: 1.5pt solid #333; padding-bottom: 1mm; }
h3 { font-size: 11pt; margin: 5mm 0 1.5mm; }
p { margin: 0 0 2mm; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 9pt; color: #555; }
.view, .change-note { border: 1pt solid #333; padding: 2mm 3mm; margin: 4mm 0; }
.change-note { font-weight: bold; }
.report-section { break-before: page; page-break-before: always; }
.report-section:first-of-type { break-before: auto; page-break-before: auto; }
.sentences { margin-bottom: 4mm; }
.comment { border-left: 2.5pt solid #666; padding: 1mm 0 1mm 4mm; margin: 3mm 0 5mm; }
figure.table { margin: 0 0 6mm; break-inside: avoid; page-break-inside: avoid; }
figure.chart { margin: 0 0 6mm; break-inside: avoid; page-break-inside: avoid; }
figure.chart .chart-caption { font-weight: 600; font-size: 10pt; color: inherit; margin: 0 0 1.5mm; }
.occupancy-chart { width: 100%; height: auto; display: block; }
.occupancy-chart .bar { fill: #9a9a9a; }
.occupancy-chart .bar-full { fill: #111; }
.occupancy-chart .axis { stroke: #333; stroke-width: 1; }
.occupancy-chart .places { stroke: #111; stroke-width: 1; stroke-dasharray: 4 3; }
.occupancy-chart .label { font-size: 9px; fill: #333; }
.chart-note { font-size: 8.5pt; color: #444; margin-top: 1mm; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; font-size: 10pt; padding-bottom: 1.5mm; caption-side: top; }
caption .figure-number { font-weight: 700; }
th, td { border-bottom: .5pt solid #bbb; padding: 1mm 1.5mm; vertical-align: top; }
thead th { border-bottom: 1pt solid #333; text-align: right; }
thead th:first-child, tbody th { text-align: left; font-weight: normal; }
tbody th[scope="rowgroup"] { font-weight: 600; padding-top: 2mm; }
td { text-align: right; white-space: nowrap; }
td .percent { display: block; color: #444; font-size: 8pt; }
tr.kind-total th, tr.kind-total td, tr.kind-n th, tr.kind-n td { font-weight: 600; }
tr.kind-n th, tr.kind-n td { color: #333; }
figcaption { font-size: 8.5pt; color: #444; margin-top: 1mm; }
table.centre-offer td { text-align: left; white-space: normal; }
table.centre-offer thead th { text-align: left; }
.legend { font-size: 9pt; margin-top: 6mm; border-top: .5pt solid #999; padding-top: 2mm; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`
}
