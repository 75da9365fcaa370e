import { useId } from 'react'
import { optionLabel, type FieldDef } from '@ly/forms'
import { useWatch } from 'react-hook-form'
import { fieldElementId, focusField } from '../lib/field-ids'
import { useRecordForm } from './record-form-context'

/** Ly's answer to a question, worked out from other registrations, and the reasons in sentences. */
export interface FieldProposal {
  /** An option key (one answer) or keys (several); null when the records give no answer. */
  value: string | readonly string[] | null
  reasons: readonly string[]
}

const asList = (value: string | readonly string[]) => (typeof value === 'string' ? [value] : [...value])
const sameAnswer = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((key) => b.includes(key))

/**
 * Beside a question Ly can answer from the year's records (the annual form's capacity
 * questions): the proposal, where it comes from, and «Bruk forslaget», which puts it in the
 * form. Nothing is saved until the leader saves the form, so the answer is theirs to change.
 */
export function FieldProposalBox({ field, proposal }: { field: FieldDef; proposal: FieldProposal }) {
  const { control, setValue, idPrefix } = useRecordForm()
  const current = useWatch({ control, name: field.key })
  const headingId = useId()
  const proposed = proposal.value === null ? null : asList(proposal.value)
  const answered = typeof current === 'string' ? (current === '' ? [] : [current]) : current
  const same = proposed !== null && sameAnswer(proposed, answered)
  const use = () => {
    if (proposal.value === null) return
    setValue(field.key, field.kind === 'multi' ? asList(proposal.value) : asList(proposal.value)[0]!, { shouldDirty: true, shouldValidate: true })
    focusField(fieldElementId(idPrefix, field.key))
  }
  return (
    <div role="group" className="field-proposal" aria-labelledby={headingId}>
      <p id={headingId} className="field-proposal-heading">
        <strong>Forslag fra Ly:</strong>{' '}
        {proposed === null ? 'ingen' : proposed.length === 0 ? 'ingen av svarene' : proposed.map((key) => `«${optionLabel(field, key)}»`).join(', ')}
      </p>
      <ul>
        {proposal.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {proposed === null ? null : (
        <p role="status" className="field-proposal-status">
          {same ? 'Svaret i skjemaet er det samme som forslaget.' : 'Svaret i skjemaet er ikke det samme som forslaget. Du kan bruke forslaget eller beholde svaret.'}
        </p>
      )}
      {proposed === null || same ? null : (
        <button type="button" className="button button-small" onClick={use}>
          Bruk forslaget <span className="visually-hidden">for «{field.label}»</span>
        </button>
      )}
    </div>
  )
}
