import type { OwnCapacity } from '../api/free-places'
import { formatMoment, freeText, offerNames } from '../lib/format'
import { TableWrap } from '@/components/table-wrap'

/** The centre's own offers now: places from the annual form, who lives there, and what is free. */
export function OwnCapacityTable({ capacity }: { capacity: OwnCapacity }) {
  if (capacity.offers.length === 0) return <p>Ingen tilbud har registrerte plasser ennå. Antall faste sengeplasser fylles inn i årsskjemaet.</p>
  return (
    <TableWrap label="Senterets plasser nå">
      <table>
        <caption>Senterets plasser nå</caption>
        <thead>
          <tr>
            <th scope="col">Tilbud</th>
            <th scope="col">Faste plasser</th>
            <th scope="col">Bor her nå</th>
            <th scope="col">Ledige plasser</th>
            <th scope="col">Sist endret</th>
          </tr>
        </thead>
        <tbody>
          {capacity.offers.map((o) => (
            <tr key={o.offer}>
              <th scope="row">{offerNames[o.offer]}</th>
              <td>{o.places ?? 'Ikke oppgitt'}</td>
              <td>{o.occupied}</td>
              <td>{freeText(o.free)}</td>
              <td>{formatMoment(o.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
