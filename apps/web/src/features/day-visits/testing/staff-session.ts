import { renderApp } from '@/testing/render-app'
import { alignBrowserClock } from '@/testing/align-browser-clock'
import { allowForLongForms, fastUser } from '@/testing/record-form-queries'
import { signedInApi } from '@/testing/signed-in-api'
import { createTestServer } from '@/testing/test-server'
// The forms package's factories: valid records built from the definition's own keys.
export { bareDayVisitInput, dayVisitInput } from '../../../../../../packages/forms/src/testing/factories'

/**
 * A staff member signed in to the in-process BFF, on the test server's day. `api` is a second
 * tab of the same browser: seed visits with it, or change one behind an open form's back.
 */
export async function staffSession() {
  alignBrowserClock()
  allowForLongForms()
  const server = await createTestServer()
  await server.signIn(await server.seedUser('vakt1', 'staff'))
  const api = await signedInApi(server)
  return {
    server,
    api,
    open(path: string) {
      const { router } = renderApp(server, path)
      return { router, user: fastUser() }
    },
  }
}
