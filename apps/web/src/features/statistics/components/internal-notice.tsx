/** Decision 8: leaders see exact numbers on screen, and the screen says they stay inside. */
export function InternalNotice() {
  return (
    <p role="note" className="internal-notice">
      <strong>Interne tall – ikke til deling.</strong> Tallene er eksakte og ikke skjermet for små tall. Bruk årsrapporten eller eksporten når tall skal ut av senteret.
    </p>
  )
}
