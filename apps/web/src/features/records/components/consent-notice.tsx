/**
 * Said when consent is refused (decision 1). The live region is always in the page, so choosing
 * "Nei" is announced along with its consequence.
 */
export function ConsentNotice({ refused }: { refused: boolean }) {
  return (
    <div role="status" className={refused ? 'consent-notice' : undefined}>
      {refused ? (
        <p>
          Uten samtykke lagres bare selve hendelsen: tilbud, dato og eventuelt saksnummer. De andre spørsmålene er tatt bort, og ingen svar på dem blir lagret. Svarer du «Ja»,
          kommer de tilbake med det du hadde fylt inn.
        </p>
      ) : null}
    </div>
  )
}
