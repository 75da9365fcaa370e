import { ShownOnce } from '@/components/shown-once'
import type { IssuedPassword } from './issued-password'

/** The one place a one-time password appears: the admin hands it over, the user changes it. */
export function OneTimePassword({ issued, onHide }: { issued: IssuedPassword | null; onHide: () => void }) {
  return (
    <ShownOnce
      label="Engangspassord"
      issued={issued}
      secret={(issued) => (
        <>
          Engangspassord for {issued.username}: <code>{issued.password}</code>
        </>
      )}
      advice={(issued) => `Passordet vises bare denne ene gangen. Gi det til ${issued.username}, som må bytte det ved første innlogging.`}
      hideLabel="Skjul passordet"
      onHide={onHide}
    />
  )
}
