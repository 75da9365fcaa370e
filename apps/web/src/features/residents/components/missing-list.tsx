import type { MissingAnswer } from '@ly/forms'

interface MissingListProps {
  missing: readonly MissingAnswer[]
  /** A bare event (no consent) misses nothing, and says why. */
  consent: boolean
}

/** The answers a stay still needs, for a table cell (the BFF's derived `missing`). */
export function MissingList({ missing, consent }: MissingListProps) {
  if (!consent) return <span className="muted">Ingenting (uten samtykke)</span>
  if (missing.length === 0) return <span className="muted">Ingenting</span>
  return (
    <ul className="missing-list">
      {missing.map((m) => (
        <li key={m.key}>{m.label}</li>
      ))}
    </ul>
  )
}
