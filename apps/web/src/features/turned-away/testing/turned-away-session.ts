import { alignBrowserClock } from '@/testing/align-browser-clock'
import { allowForLongForms, fastUser } from '@/testing/record-form-queries'
import { renderApp } from '@/testing/render-app'
import { signedInApi } from '@/testing/signed-in-api'
import { createTestServer } from '@/testing/test-server'
// The forms package's factory: a valid request built from the definition's own keys.
export { turnedAwayInput } from '@ly/forms/testing'

/**
 * A staff member signed in to the in-process BFF, on the test server's day (2026-03-02), at a
 * centre whose administrator has put `referralCentres` on its list of centres it refers to.
 */
export async function turnedAwaySession(referralCentres: readonly string[] = []) {
  alignBrowserClock()
  allowForLongForms()
  const server = await createTestServer()
  if (referralCentres.length > 0) {
    await server.signIn(await server.admin())
    const admin = await signedInApi(server)
    for (const label of referralCentres) await admin.client.settings['referral-centres'].$post({ json: { label } })
  }
  await server.signIn(await server.seedUser('vakt1', 'staff'))
  const api = await signedInApi(server)
  return {
    server,
    api,
    open: (path: string) => {
      const { router } = renderApp(server, path)
      return { router, user: fastUser() }
    },
  }
}
