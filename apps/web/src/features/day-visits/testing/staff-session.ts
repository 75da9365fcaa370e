import { signedInSession } from '@/testing/signed-in-session'
// The forms package's factories: valid records built from the definition's own keys.
export { bareDayVisitInput, dayVisitInput } from '@ly/forms/testing'

/** A staff member signed in to the in-process BFF (see signedInSession). */
export const staffSession = () => signedInSession('staff')
