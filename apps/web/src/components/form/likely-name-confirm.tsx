import { mayHoldName } from '@ly/forms'

interface LikelyNameConfirmProps {
  /** The text as typed. */
  text: string
  /** The text the worker confirmed holds no name, or null. */
  confirmed: string | null
  onConfirm: (text: string | null) => void
}

/**
 * Issue 18, outside the record forms (a report comment, a reopened year's reason): a text that
 * may hold a name is saved only once the worker confirms it is none, and the request then carries
 * `confirmLikelyName: true`. Renders nothing while the text looks name-free.
 */
export function LikelyNameConfirm({ text, confirmed, onConfirm }: LikelyNameConfirmProps) {
  if (!mayHoldName(text)) return null
  return (
    <div className="likely-name">
      <p className="field-warning">Teksten kan inneholde et navn (et ord med stor forbokstav midt i setningen). Ikke skriv navn på personer.</p>
      <label className="field-confirm">
        <input type="checkbox" checked={confirmed === text} onChange={(event) => onConfirm(event.target.checked ? text : null)} /> Teksten er ikke navnet på en person. Lagre den
        slik den står.
      </label>
    </div>
  )
}

/** `{ confirmLikelyName: true }` when the text may hold a name and the worker confirmed this very text. */
export const confirmedName = (text: string, confirmed: string | null): { confirmLikelyName?: true } => (mayHoldName(text) && confirmed === text ? { confirmLikelyName: true } : {})
