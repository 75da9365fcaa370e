import { centreOptionFields, turnedAwayForm } from '@ly/forms'
import type { AppDeps } from '../deps'
import { centreOptionRoutes, type OptionWords } from './centre-options'
import { recordRoutes } from './records'

const referralCentreField = centreOptionFields(turnedAwayForm).find((f) => f.key === 'referred_to_centre')!

/** «Avviste henvendelser» (issue 22): the generic record routes, nothing more is needed. */
export const turnedAwayRoutes = (deps: AppDeps) => recordRoutes(deps, turnedAwayForm)

const centreWords: OptionWords = {
  unknown: 'Ukjent krisesenter.',
  notFound: 'Fant ikke krisesenteret.',
  duplicate: 'Det finnes allerede et krisesenter med dette navnet på listen.',
  needsName: 'Et krisesenter på listen må ha et navn.',
  lastInUse: 'Minst ett krisesenter må være i bruk.',
}

/** The centre's own list of crisis centres it refers to: read by everyone, edited by administrators. */
export const referralCentreRoutes = (deps: AppDeps) => centreOptionRoutes(deps, referralCentreField, centreWords)
