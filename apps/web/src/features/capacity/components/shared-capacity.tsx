import type { SharedCapacity } from '../api/free-places'
import { formatMoment, freeText, offerNames } from '../lib/format'
import { TableWrap } from '@/components/table-wrap'

/** «Ledige plasser» at every sharing centre: centre, offer, free places now, last updated — nothing else. */
export function SharedCapacityTable({ shared }: { shared: SharedCapacity }) {
  if (!shared.sharing) return <p>Senteret deler ikke sine ledige plasser, og ser derfor heller ikke de andre sentrenes.</p>
  if (shared.centres.length === 0) return <p>Ingen sentre deler ledige plasser ennå.</p>
  return (
    <TableWrap label="Ledige plasser ved sentrene som deler">
      <table>
        <caption>Ledige plasser ved sentrene som deler</caption>
        <thead>
          <tr>
            <th scope="col">Senter</th>
            <th scope="col">Tilbud</th>
            <th scope="col">Ledige plasser</th>
            <th scope="col">Sist oppdatert</th>
          </tr>
        </thead>
        <tbody>
          {shared.centres.map((c) => (
            <tr key={`${c.centre}|${c.offer}`}>
              <th scope="row">{c.centre}</th>
              <td>{offerNames[c.offer]}</td>
              <td>{freeText(c.freePlaces)}</td>
              <td>{formatMoment(c.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
