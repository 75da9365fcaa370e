/** An unanswered cell: a dash to the eye, words to a screen reader. */
export function EmptyCell({ text = 'ikke registrert' }: { text?: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{text}</span>
    </>
  )
}
