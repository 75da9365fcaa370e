import type { AuditEvent } from '../api/get-audit-events'
import { actionLabel, detailsText, kindLabel } from './labels'

const time = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'medium' })

/** Who did what, when, to which record id. Never an answer: the trail holds none. */
export function AuditTable({ events, caption }: { events: readonly AuditEvent[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Bruker</th>
            <th scope="col">Handling</th>
            <th scope="col">Gjelder</th>
            <th scope="col">Id</th>
            <th scope="col">Detaljer</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{time.format(new Date(e.at))}</td>
              <td>{e.actor ?? <span className="muted">system</span>}</td>
              <th scope="row">{actionLabel(e.action)}</th>
              <td>{e.targetKind ? kindLabel(e.targetKind) : ''}</td>
              <td>{e.targetId ? <code>{e.targetId}</code> : ''}</td>
              <td>{detailsText(e.details)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
