import { useId, type FormEvent } from 'react'
import type { AuditFilters, AuditPage } from '../api/get-audit-events'
import { kindText } from '../lib/audit-sentence'
import { actionLabels } from './labels'

interface AuditFiltersProps {
  filters: AuditFilters
  users: AuditPage['users']
  kinds: string[]
  onChange: (filters: AuditFilters) => void
}

const actionOptions = Object.entries(actionLabels).sort(([, a], [, b]) => a.localeCompare(b, 'nb'))

/** A plain form: the filters apply when sent, so a screen reader user is not surprised mid-choice. */
export function AuditFiltersForm({ filters, users, kinds, onChange }: AuditFiltersProps) {
  const id = useId()
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const value = (key: string) => {
      const entry = data.get(key)
      return typeof entry === 'string' ? entry : ''
    }
    onChange({ user: value('user'), action: value('action'), kind: value('kind'), from: value('from'), to: value('to'), page: '' })
  }
  return (
    <form onSubmit={submit} className="filters" aria-label="Filtrer loggen">
      <div className="field">
        <label htmlFor={`${id}-user`}>Bruker</label>
        <select id={`${id}-user`} name="user" defaultValue={filters.user}>
          <option value="">Alle</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.username}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-action`}>Handling</label>
        <select id={`${id}-action`} name="action" defaultValue={filters.action}>
          <option value="">Alle</option>
          {actionOptions.map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Gjelder</label>
        <select id={`${id}-kind`} name="kind" defaultValue={filters.kind}>
          <option value="">Alt</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {kindText(kind)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>Fra dato</label>
        <input id={`${id}-from`} name="from" type="date" defaultValue={filters.from} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>Til dato</label>
        <input id={`${id}-to`} name="to" type="date" defaultValue={filters.to} />
      </div>
      <div className="filters-actions">
        <button type="submit" className="button button-primary">
          Vis
        </button>
      </div>
    </form>
  )
}
