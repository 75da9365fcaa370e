import { centreOptionFields, turnedAwayForm } from '@ly/forms'
import type { AppDeps } from '../deps'
import { centreOptionRoutes } from './centre-options'
import { recordRoutes } from './records'

const referralCentreField = centreOptionFields(turnedAwayForm).find((f) => f.key === 'referred_to_centre')!

/** «Avviste henvendelser» (issue 22): the generic record routes, nothing more is needed. */
export const turnedAwayRoutes = (deps: AppDeps) => recordRoutes(deps, turnedAwayForm)

/** The centre's own list of crisis centres it refers to: read by everyone, edited by administrators. */
export const referralCentreRoutes = (deps: AppDeps) => centreOptionRoutes(deps, referralCentreField)
