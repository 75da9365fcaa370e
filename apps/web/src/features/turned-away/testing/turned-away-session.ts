import { signedInApi } from '@/testing/signed-in-api'
import { signedInSession } from '@/testing/signed-in-session'
// The forms package's factory: a valid request built from the definition's own keys.
export { turnedAwayInput } from '@ly/forms/testing'

/**
 * A staff member signed in to the in-process BFF, on the test server's day (2026-03-02), at a
 * centre whose administrator has put `referralCentres` on its list of centres it refers to.
 */
export const turnedAwaySession = (referralCentres: readonly string[] = []) =>
  signedInSession('staff', async (server) => {
    if (referralCentres.length === 0) return
    await server.signIn(await server.admin())
    const admin = await signedInApi(server)
    for (const label of referralCentres) await admin.client.settings['referral-centres'].$post({ json: { label } })
  })
