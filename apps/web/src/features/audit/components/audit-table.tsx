import { useCallerCategories } from '@/features/duty-phone/api/get-caller-categories'
import type { AuditEvent, AuditPage } from '../api/get-audit-events'
import { auditSentence, targetText, type AuditNames } from '../lib/audit-sentence'
import { actionLabel } from './labels'
import { TableWrap } from '@/components/table-wrap'

const time = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'medium' })

interface AuditTableProps {
  events: readonly AuditEvent[]
  users: AuditPage['users']
  caption: string
}

/** Who did what, when, to what — in words, with users and fields by name. Never an answer: the trail holds none. */
export function AuditTable({ events, users, caption }: AuditTableProps) {
  // The duty phone's own caller categories, so their keys read as the centre named them.
  const callerCategories = useCallerCategories()
  const names: AuditNames = {
    user: (id) => users.find((u) => u.id === id)?.username,
    option: (list, key) => (list === 'caller_type' ? callerCategories.data?.find((c) => c.key === key)?.label : undefined),
  }
  return (
    <TableWrap label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Tidspunkt</th>
            <th scope="col">Bruker</th>
            <th scope="col">Handling</th>
            <th scope="col">Gjelder</th>
            <th scope="col">Detaljer</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{time.format(new Date(e.at))}</td>
              <td>{e.actor ?? <span className="muted">Ly selv</span>}</td>
              <th scope="row">{actionLabel(e.action)}</th>
              <td>{targetText(e, names)}</td>
              <td>{auditSentence(e, names)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  )
}
