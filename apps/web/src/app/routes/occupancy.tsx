import { Link, useSearchParams } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { StatusMessage } from '@/features/records/components/status-message'
import { useFlashStatus } from '@/features/records/components/use-flash-status'
import { OccupancyBoard } from '@/features/residents/components/occupancy-board'
import { readOfferFilter } from '@/features/residents/lib/labels'
import { RegisterTurnedAwayLinks } from '@/features/turned-away/components/register-turned-away-links'
import { paths } from '@/lib/paths'

export function OccupancyRoute() {
  const [searchParams, setSearchParams] = useSearchParams()
  const offer = readOfferFilter(searchParams.get('offer'))
  const [status, setStatus] = useFlashStatus()
  return (
    <>
      <PageHeading>Nå på senteret</PageHeading>
      <StatusMessage message={status} />
      <div className="page-actions">
        <Link to={`${paths.newStay}${offer !== 'all' ? `?offer=${offer}` : ''}`} className="button button-primary">
          Registrer innflytting
        </Link>
        <RegisterTurnedAwayLinks offer={offer} />
      </div>
      <OccupancyBoard
        offer={offer}
        onOfferChange={(next) => {
          setStatus(null)
          setSearchParams(next === 'all' ? {} : { offer: next }, { replace: true })
        }}
      />
    </>
  )
}
