import type { Role } from '@ly/forms/accounts'
import { alignBrowserClock } from './align-browser-clock'
import { allowForLongForms, fastUser } from './record-form-queries'
import { renderApp } from './render-app'
import { signedInApi } from './signed-in-api'
import { createTestServer, type TestServer } from './test-server'

/**
 * A user signed in to the in-process BFF, on the test server's day. `api` is a second tab of
 * the same browser: seed records with it, or change one behind an open form's back. `prepare`
 * sets the centre up first (as its administrator would), before the user signs in.
 */
export async function signedInSession(role: Role = 'staff', prepare?: (server: TestServer) => Promise<void>) {
  alignBrowserClock()
  allowForLongForms()
  const server = await createTestServer()
  if (prepare) await prepare(server)
  await server.signIn(role === 'admin' ? await server.admin() : await server.seedUser('vakt1', role))
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
