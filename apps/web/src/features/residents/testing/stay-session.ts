import { within } from '@testing-library/react'
import type { LyApi } from '@/lib/api-client'
import { readJson } from '@/lib/api-error'
import { alignBrowserClock } from '@/testing/align-browser-clock'
import { allowForLongForms, fastUser } from '@/testing/record-form-queries'
import { renderApp } from '@/testing/render-app'
import { signedInApi } from '@/testing/signed-in-api'
import { createTestServer } from '@/testing/test-server'
import type { AdultStayInput } from '../api/adult-stay-endpoints'
import { createChildStay, type ChildStayInput } from '../api/child-stay-endpoints'
// The forms package's factories: valid stays built from the definitions' own keys, dated in
// early 2026, before the test server's day (2026-03-02). No real person is behind them.
export { adultCheckOut, adultStayInput, bareAdultStayInput, bareChildStayInput, childCheckOut, childStayInput } from '@ly/forms/testing'

/**
 * A staff member signed in to the in-process BFF, on the test server's day. `api` is a second
 * tab of the same browser: seed stays with it, or change one behind an open form's back.
 */
export async function staySession() {
  alignBrowserClock()
  allowForLongForms()
  const server = await createTestServer()
  await server.signIn(await server.seedUser('vakt1', 'staff'))
  const api = await signedInApi(server)
  return {
    api,
    /** `requests`: every path (with query) the page asked the BFF for, in order. */
    open: (path: string) => {
      const requests: string[] = []
      const fetch: typeof server.fetch = (input, init) => {
        requests.push(typeof input === 'string' ? input : input instanceof URL ? input.pathname + input.search : input.url)
        return server.fetch(input, init)
      }
      const { router } = renderApp({ ...server, fetch }, path)
      return { router, user: fastUser(), requests }
    },
    seedAdult: (values: AdultStayInput) => seedAdult(api, values),
    seedChild: (adultId: string, values: ChildStayInput) => createChildStay(api, values, adultId),
  }
}

async function seedAdult(api: LyApi, values: AdultStayInput) {
  return readJson(await api.client['adult-stays'].$post({ json: values }))
}

/** Queries inside one part of the page (the adult's form, or one child's sub-form). */
export function part(element: HTMLElement) {
  const scope = within(element)
  return {
    question: (name: string) => scope.getByRole('radiogroup', { name }),
    textField: (name: string) => scope.getByRole('textbox', { name }),
    /** Whether a question or text field is on screen (without consent only the bare event's are). */
    has: (name: string) => scope.queryByRole('radiogroup', { name }) !== null || scope.queryByRole('textbox', { name }) !== null,
    radio: (questionName: string, option: string) => within(scope.getByRole('radiogroup', { name: questionName })).getByRole('radio', { name: option }),
  }
}
