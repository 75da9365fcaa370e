/**
 * The error under a field. Not a live region: the field's aria-describedby makes a screen
 * reader read it when focus lands on the field, which the form does on a failed submit.
 */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  )
}
