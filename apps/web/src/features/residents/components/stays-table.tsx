import { formatNorwegianDate } from '@ly/forms'
import { Link } from 'react-router'
import { EmptyCell } from '@/features/records/components/empty-cell'
import type { ListedAdultStay } from '../api/adult-stay-endpoints'
import { monthNames, offerLabels, statusLabels } from '../lib/labels'
import type { StayFilters } from '../lib/list-filters'
import { factsOf } from '../lib/stay-facts'
import { stayHref } from '../lib/stay-links'
import { TableWrap } from '@/components/table-wrap'

/** "Opphold 2026, kvinner, mars, pågår, med samtykke (3 opphold)": the caption says what is listed. */
function caption(filters: StayFilters, count: number): string {
  const parts = [`Opphold ${filters.year}`]
  if (filters.offer !== 'all') parts.push(offerLabels[filters.offer].toLowerCase())
  if (filters.month !== null) parts.push(monthNames[filters.month - 1] ?? '')
  if (filters.status !== 'all') parts.push(filters.status === 'open' ? 'pågår' : 'avsluttet')
  if (filters.consent !== 'all') parts.push(filters.consent === 'yes' ? 'med samtykke' : 'uten samtykke')
  if (filters.caseCode) parts.push(`saksnummer ${filters.caseCode.toUpperCase()}`)
  return `${parts.join(', ')} (${count} opphold)`
}

const date = (iso: string | null) => (iso ? formatNorwegianDate(iso) : null)

/** The adults' stays of a year (the BFF's order: latest check-in first); `total` counts every page. */
export function StaysTable({ stays, total, filters }: { stays: readonly ListedAdultStay[]; total: number; filters: StayFilters }) {
  return (
    <TableWrap label={caption(filters, total)}>
      <table>
        <caption>{caption(filters, total)}</caption>
        <thead>
          <tr>
            <th scope="col">Innflyttet</th>
            <th scope="col">Utflyttet</th>
            <th scope="col">Bodøgn</th>
            <th scope="col">Status</th>
            <th scope="col">Saksnummer</th>
            <th scope="col">Barn</th>
          </tr>
        </thead>
        <tbody>
          {stays.map((stay) => {
            const start = date(stay.values.stay_start_date) ?? ''
            const facts = factsOf(stay)
            return (
              <tr key={stay.id}>
                <th scope="row">
                  {/* The visible date is part of the name, so voice control "klikk 02.03.2026" works. */}
                  <Link to={stayHref(stay.id)} aria-label={`Åpne opphold ${start}`}>
                    {start}
                  </Link>
                </th>
                <td>{date(stay.values.stay_end_date) ?? <EmptyCell text="bor fortsatt på senteret" />}</td>
                <td>{facts.nights}</td>
                <td>{statusLabels[facts.status]}</td>
                <td>{stay.values.case_code ?? <EmptyCell text="uten saksnummer" />}</td>
                {/* Counted by the BFF for the whole page; the type is optional only because the generic record routes add it conditionally. */}
                <td>{stay.related?.children ?? <EmptyCell text="ukjent antall barn" />}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableWrap>
  )
}
