import { formatNorwegianDate } from '@ly/forms'
import { Link, useLocation } from 'react-router'
import { EmptyCell } from '@/features/records/components/empty-cell'
import type { BoardEntry } from '../api/get-occupancy'
import { childCheckOutHref, childStayHref, returnState, stayCheckOutHref, stayHref } from '../lib/stay-links'
import { MissingList } from './missing-list'

interface OccupancyTableProps {
  caption: string
  entries: readonly BoardEntry[]
  /** Said instead of an empty table. */
  empty: string
}

/** Who a row is, for the row's action links: by case code, never by name. */
const rowName = (entry: BoardEntry, date: string) => (entry.caseCode ? `saksnummer ${entry.caseCode}` : `uten saksnummer, innflyttet ${date}`)

const links = (entry: BoardEntry) =>
  entry.adultStayId === null
    ? { open: stayHref(entry.id), checkOut: stayCheckOutHref(entry.id) }
    : { open: childStayHref(entry.adultStayId, entry.id), checkOut: childCheckOutHref(entry.adultStayId, entry.id) }

/** One table of the board: adults or children staying now, with check-out one click away. */
export function OccupancyTable({ caption, entries, empty }: OccupancyTableProps) {
  const location = useLocation()
  // The check-out step leads back here, to the same offer.
  const back = returnState(location.pathname + location.search)
  if (entries.length === 0) return <p className="lead">{empty}</p>
  return (
    <div className="table-wrap">
      <table className="occupancy-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Saksnummer</th>
            <th scope="col">Innflyttet</th>
            <th scope="col">Bodøgn hittil</th>
            <th scope="col">Mangler</th>
            <th scope="col">Handlinger</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const date = formatNorwegianDate(entry.startDate)
            const name = rowName(entry, date)
            const { open, checkOut } = links(entry)
            return (
              <tr key={entry.id}>
                <th scope="row">{entry.caseCode ?? <EmptyCell text="uten saksnummer" />}</th>
                <td>{date}</td>
                <td>{entry.nights}</td>
                <td>
                  <MissingList missing={entry.missing} consent={entry.consent} />
                </td>
                <td>
                  <div className="row-actions">
                    <Link to={checkOut} state={back} className="button button-small">
                      Flytt ut <span className="visually-hidden">({name})</span>
                    </Link>
                    <Link to={open} className="button button-small">
                      Åpne <span className="visually-hidden">({name})</span>
                    </Link>
                  </div>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
