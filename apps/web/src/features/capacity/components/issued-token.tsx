import { ShownOnce } from '@/components/shown-once'

export interface IssuedToken {
  label: string
  token: string
}

/** The one place a feed token appears: only its hash is kept, so it cannot be shown again. */
export function IssuedTokenNotice({ issued, onHide }: { issued: IssuedToken | null; onHide: () => void }) {
  return (
    <ShownOnce
      label="Ny tilgangsnøkkel"
      issued={issued}
      secret={(issued) => (
        <>
          Tilgangsnøkkel for {issued.label}: <code className="feed-token">{issued.token}</code>
        </>
      )}
      advice={() => 'Nøkkelen vises bare denne ene gangen. Kopier den nå og gi den til mottakeren på en trygg måte. Mister dere den, trekker dere den tilbake og lager en ny.'}
      hideLabel="Skjul nøkkelen"
      onHide={onHide}
    />
  )
}
