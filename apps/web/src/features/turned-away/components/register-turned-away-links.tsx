import { offerKeys, offerWords } from '@ly/forms'
import { Link, useLocation } from 'react-router'
import type { OfferFilter } from '@/features/records/lib/list-filters'
import { returnState } from '@/lib/return-to'
import { paths } from '@/lib/paths'
import { REGISTER_TURNED_AWAY } from '../lib/nouns'

/**
 * «Registrer avvist henvendelse», one step from the board and the duty phone. One link per
 * offer when the screen shows both, so choosing the offer is the click that opens the form; the
 * form leads back to the screen it was opened from. Goes inside the page's `.page-actions`.
 */
export function RegisterTurnedAwayLinks({ offer = 'all' }: { offer?: OfferFilter }) {
  const location = useLocation()
  const back = returnState(location.pathname + location.search)
  const offers = offer === 'all' ? offerKeys : [offer]
  return (
    <>
      {offers.map((o) => (
        <Link key={o} to={`${paths.newTurnedAway}?offer=${o}`} state={back} className="button">
          {REGISTER_TURNED_AWAY}, {offerWords[o].people}
        </Link>
      ))}
    </>
  )
}
