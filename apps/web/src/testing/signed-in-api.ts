import { readJson } from '@/lib/api-error'
import { createLyApi, type LyApi } from '@/lib/api-client'
import type { TestServer } from './test-server'

/**
 * The API as a second tab of the signed-in browser: the same session cookie as the screen
 * under test, its own typed client. Tests seed records with it, or change one "behind the
 * back" of an open form to provoke a 409. Sign the browser in (server.signIn) first.
 */
export async function signedInApi(server: TestServer): Promise<LyApi> {
  const api = createLyApi({ fetch: server.fetch })
  const session = await readJson(await api.client.auth.session.$get())
  api.setCsrfToken(session.csrfToken)
  return api
}
