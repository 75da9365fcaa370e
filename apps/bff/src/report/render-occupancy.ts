import { esc } from './html-escape'
import type { ReportOccupancy } from './model'

const DAY = 2
const HEIGHT = 160
const TOP = 12
const BOTTOM = 22
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des']

/**
 * The occupancy chart of the print page as inline SVG (the page has no script): the dashboard's
 * picture — a thin column a night, the full days dark, the places as a dashed line — in black
 * and grey, so it prints. A shareable chart has no nightly numbers: a full day is drawn up to the
 * places line. The picture is named by its description; its numbers are in the table it names.
 */
export function occupancyHtml(figure: ReportOccupancy): string {
  const { days, places } = figure
  const top = Math.max(1, places, ...days.map((d) => d.occupied ?? 0))
  const plot = HEIGHT - TOP - BOTTOM
  const width = 365 * DAY + DAY
  const index = (date: string) => Math.round((Date.parse(date) - Date.parse(`${figure.year}-01-01`)) / 86_400_000)
  const y = (v: number) => HEIGHT - BOTTOM - (v / top) * plot
  const bars = days
    .map((d) => {
      const value = d.occupied ?? (d.full ? places : 0)
      return value > 0 ? `<rect x="${index(d.date) * DAY}" y="${y(value)}" width="${DAY}" height="${(value / top) * plot}" class="${d.full ? 'bar bar-full' : 'bar'}"/>` : ''
    })
    .join('')
  const labels = MONTHS.map(
    (label, m) => `<text x="${index(`${figure.year}-${String(m + 1).padStart(2, '0')}-01`) * DAY + 2}" y="${HEIGHT - 6}" class="label">${label}</text>`,
  ).join('')
  const id = `fig-occupancy-${figure.year}`
  return `<figure class="chart" id="${id}"><figcaption class="chart-caption">${esc(figure.caption)}</figcaption>
<svg role="img" aria-labelledby="${id}-title" viewBox="0 0 ${width} ${HEIGHT}" class="occupancy-chart"><title id="${id}-title">${esc(`${figure.caption}. ${figure.description}`)}</title>
<line x1="0" x2="${width}" y1="${HEIGHT - BOTTOM}" y2="${HEIGHT - BOTTOM}" class="axis"/>${bars}<line x1="0" x2="${width}" y1="${y(places)}" y2="${y(places)}" class="places"/>${labels}</svg>
<p class="chart-note">${esc(`${figure.description} ${figure.note}`)}</p></figure>`
}
