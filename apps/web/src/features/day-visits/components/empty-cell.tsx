/** An unanswered cell: a dash to the eye, words to a screen reader. */
export function EmptyCell() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">ikke registrert</span>
    </>
  )
}
