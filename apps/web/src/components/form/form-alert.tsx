/** A message about the whole form (wrong password, throttled, conflict), announced at once. */
export function FormAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null
  return (
    <div role="alert" className="alert alert-error">
      {message}
    </div>
  )
}
