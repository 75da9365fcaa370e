import { Link } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { FeedTokenAdmin } from '@/features/capacity/components/feed-token-admin'
import { paths } from '@/lib/paths'

export function CapacityTokensRoute() {
  return (
    <>
      <PageHeading>Tilganger til ledige plasser</PageHeading>
      <p className="lead">
        En tilgangsnøkkel lar for eksempel politiet eller en regional oversikt lese det samme som listen over <Link to={paths.freePlaces}>ledige plasser</Link>: senter, tilbud,
        ledige plasser og når tallet sist ble endret. Ingenting annet.
      </p>
      <FeedTokenAdmin />
    </>
  )
}
