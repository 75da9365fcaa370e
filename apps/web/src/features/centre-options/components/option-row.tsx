import { useId, useState } from 'react'
import type { CentreOption } from '../api/get-centre-options'

interface OptionRowProps {
  option: CentreOption
  /** A list with keyboard shortcuts (the caller categories) shows each option's, or «–». */
  shortcuts: boolean
  shortcut: string | undefined
  isFirst: boolean
  isLast: boolean
  onRename: (label: string) => Promise<boolean>
  onRetire: (retired: boolean) => void
  onMove: (step: -1 | 1) => void
}

/** One option: its name (editable), whether it is in use, and its place in the list. */
export function OptionRow({ option, shortcuts, shortcut, isFirst, isLast, onRename, onRetire, onMove }: OptionRowProps) {
  const inputId = useId()
  const [editing, setEditing] = useState<string | null>(null)
  const name = option.label
  return (
    <tr>
      {shortcuts ? <td>{shortcut ?? '–'}</td> : null}
      <th scope="row">
        {editing === null ? (
          name
        ) : (
          <form
            className="option-rename"
            onSubmit={(event) => {
              event.preventDefault()
              void onRename(editing).then((ok) => ok && setEditing(null))
            }}
          >
            <label htmlFor={inputId} className="visually-hidden">
              Nytt navn for {name}
            </label>
            <input id={inputId} type="text" value={editing} maxLength={60} onChange={(e) => setEditing(e.target.value)} autoFocus />
            <button type="submit" className="button button-small">
              Lagre
            </button>
            <button type="button" className="button button-small" onClick={() => setEditing(null)}>
              Avbryt
            </button>
          </form>
        )}
      </th>
      <td>{option.retired ? 'Tatt ut av bruk' : 'I bruk'}</td>
      <td>
        <div className="row-actions">
          {editing === null ? (
            <button type="button" className="button button-small" aria-label={`Gi nytt navn til ${name}`} onClick={() => setEditing(name)}>
              Nytt navn
            </button>
          ) : null}
          <button
            type="button"
            className="button button-small"
            aria-label={`${option.retired ? 'Ta i bruk igjen' : 'Ta ut av bruk'}: ${name}`}
            onClick={() => onRetire(!option.retired)}
          >
            {option.retired ? 'Ta i bruk igjen' : 'Ta ut av bruk'}
          </button>
          <button type="button" className="button button-small" aria-label={`Flytt opp: ${name}`} aria-disabled={isFirst || undefined} onClick={() => !isFirst && onMove(-1)}>
            Opp
          </button>
          <button type="button" className="button button-small" aria-label={`Flytt ned: ${name}`} aria-disabled={isLast || undefined} onClick={() => !isLast && onMove(1)}>
            Ned
          </button>
        </div>
      </td>
    </tr>
  )
}
