import '../capacity.css'
import { Link } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { toDisplayError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import type { Role } from '@ly/forms/accounts'
import { useOwnCapacity, useSharedCapacity } from '../api/free-places'
import { OwnCapacityTable } from './own-capacity'
import { SharedCapacityTable } from './shared-capacity'
import { SharingSwitch } from './sharing-switch'

/**
 * «Ledige plasser» (issue 22 §3): the centre's own free places now, the leader's choice to share
 * them, and — for a centre that shares — the other sharing centres' free places.
 */
export function FreePlaces({ role }: { role: Role }) {
  const own = useOwnCapacity()
  const shared = useSharedCapacity()
  return (
    <>
      <section aria-labelledby="her-na">
        <h2 id="her-na">Hos oss nå</h2>
        {own.isPending ? <LoadingStatus /> : own.isError ? <FormAlert message={toDisplayError(own.error).message} /> : <OwnCapacityTable capacity={own.data} />}
      </section>
      <section aria-labelledby="del">
        <h2 id="del">Del ledige plasser</h2>
        {own.data ? (
          role === 'leader' ? (
            <SharingSwitch sharing={own.data.sharing} />
          ) : (
            <p>
              {own.data.sharing ? 'Senteret deler antall ledige plasser med de andre sentrene som deler.' : 'Senteret deler ikke ledige plasser.'} Det er lederen som velger dette.
            </p>
          )
        ) : null}
        {role === 'admin' ? (
          <p>
            Tilgangsnøkler til den åpne oversikten for politiet eller en regional oversikt: <Link to={paths.capacityTokens}>tilganger</Link>.
          </p>
        ) : null}
      </section>
      <section aria-labelledby="andre">
        <h2 id="andre">Sentrene som deler</h2>
        {shared.isPending ? <LoadingStatus /> : shared.isError ? <FormAlert message={toDisplayError(shared.error).message} /> : <SharedCapacityTable shared={shared.data} />}
      </section>
    </>
  )
}
