import { formatNorwegianDate } from '@ly/forms'
import type { OccupancyYear } from '../statistics/occupancy-year'
import type { ReportOccupancy, ReportTable, ReportView } from './model'

/** The months table whose «Dager med fullt botilbud» is the chart's table alternative. */
export const OCCUPANCY_TABLE = 'tab-turned-away-months'
const FULL_DAYS = 'full_days'

/**
 * The year's occupancy chart of «Kapasitet og avvisninger» (issue 22 §2), the dashboard's chart
 * for the report. The internal view draws every night's occupancy. The shareable view draws the
 * full days only — a night's number of people is a count of persons, often small — and only in
 * the months whose full days the table prints, so the picture never says more than the table.
 */
export function buildOccupancyFigure(occupancy: OccupancyYear, view: ReportView, monthsTable: ReportTable): ReportOccupancy | null {
  if (occupancy.places === null || occupancy.days.length === 0) return null
  const column = monthsTable.columns.findIndex((c) => c.key === FULL_DAYS)
  const shown = (month: number) => view === 'internal' || monthsTable.rows.find((r) => r.key === `m${month}`)?.cells[column]?.state === 'value'
  const days = occupancy.days.flatMap((d) => {
    if (!shown(Number(d.date.slice(5, 7)))) return []
    return [{ date: d.date, occupied: view === 'internal' ? d.occupied : null, full: d.full }]
  })
  const fullDays = days.filter((d) => d.full).length
  const hiddenMonths = days.length < occupancy.days.length
  const run = occupancy.longestFullRun
  const runText =
    view === 'internal' && run.from ? ` Den lengste sammenhengende perioden var ${run.days} ${run.days === 1 ? 'dag' : 'dager'}, fra ${formatNorwegianDate(run.from)}.` : ''
  const drawn = view === 'internal' ? 'Belegg per dag (voksne og barn)' : 'Dager med fullt botilbud'
  return {
    year: occupancy.year,
    places: occupancy.places,
    days,
    caption: `${drawn} i ${occupancy.year} mot ${occupancy.places} ${occupancy.places === 1 ? 'fast sengeplass' : 'faste sengeplasser'}`,
    description: `${fullDays} ${fullDays === 1 ? 'dag' : 'dager'} med fullt botilbud er markert.${runText} Tallene per måned står i tabellen «${monthsTable.caption}».`,
    note:
      view === 'internal'
        ? 'Hver stolpe er én natt; fulle dager er markert, og den stiplede linjen er antall faste sengeplasser.'
        : `Delingsversjonen viser bare dagene med fullt botilbud, ikke hvor mange som bodde der hver natt.${hiddenMonths ? ' Måneder der tabellen skjuler tallet, er utelatt.' : ''}`,
    table: OCCUPANCY_TABLE,
  }
}
