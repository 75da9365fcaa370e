/**
 * The visible "*" of a required field. Hidden from screen readers, which hear aria-required
 * instead; kept outside <label> so the label's text (getByLabelText, voice control) stays
 * the plain question.
 */
export function RequiredMark({ required }: { required: boolean | undefined }) {
  if (!required) return null
  return (
    <span aria-hidden="true" className="required-mark">
      {' *'}
    </span>
  )
}
