import { dayVisitForm, findField, formatNorwegianDate, optionLabel } from '@ly/forms'
import { generatePath, Link } from 'react-router'
import { formatCount, formatInteger } from '@/features/records/lib/numbers'
import { paths } from '@/lib/paths'
import type { DayVisit } from '../api/get-day-visits'
import { monthNames, offerLabels, yesNo } from '../lib/labels'
import type { DayVisitFilters } from '../lib/list-filters'
import { EmptyCell } from './empty-cell'

const sexField = findField(dayVisitForm, 'sex')

/** "Dagbesøk 2026, kvinner, mars, med samtykke (3 besøk)": the caption says what is listed. */
function caption(filters: DayVisitFilters, count: number): string {
  const parts = [`Dagbesøk ${filters.year}`]
  if (filters.offer !== 'all') parts.push(offerLabels[filters.offer].toLowerCase())
  if (filters.month !== null) parts.push(monthNames[filters.month - 1] ?? '')
  if (filters.consent !== 'all') parts.push(filters.consent === 'yes' ? 'med samtykke' : 'uten samtykke')
  if (filters.caseCode) parts.push(`saksnummer ${filters.caseCode.toUpperCase()}`)
  return `${parts.join(', ')} (${formatCount(count)} besøk)`
}

export function DayVisitsTable({ visits, filters }: { visits: readonly DayVisit[]; filters: DayVisitFilters }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption(filters, visits.length)}</caption>
        <thead>
          <tr>
            <th scope="col">Dato</th>
            <th scope="col">Tilbud</th>
            <th scope="col">Samtykke</th>
            <th scope="col">Saksnummer</th>
            <th scope="col">Kjønn</th>
            <th scope="col">Alder</th>
          </tr>
        </thead>
        <tbody>
          {visits.map(({ id, values }) => {
            const date = values.visit_date ? formatNorwegianDate(values.visit_date) : ''
            return (
              <tr key={id}>
                <th scope="row">
                  {/* The visible date is part of the name, so voice control "klikk 02.03.2026" works. */}
                  <Link to={generatePath(paths.dayVisit, { id })} aria-label={`Åpne besøk ${date}`}>
                    {date}
                  </Link>
                </th>
                <td>{values.offer ? offerLabels[values.offer] : <EmptyCell />}</td>
                <td>{yesNo(values.consent_to_statistics)}</td>
                <td>{values.case_code ?? <EmptyCell />}</td>
                <td>{values.sex && sexField ? optionLabel(sexField, values.sex) : <EmptyCell />}</td>
                <td>{values.age !== null ? formatInteger(values.age) : <EmptyCell />}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
