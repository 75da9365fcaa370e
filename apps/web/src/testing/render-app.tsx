import { configure, getConfig, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
// Not react-router/dom as in app.tsx: under Vitest that entry loads a second copy of the router
// (CommonJS beside ESM) whose context the screens' hooks cannot see.
import { createMemoryRouter, RouterProvider } from 'react-router'
import { onTestFinished } from 'vitest'
import { AppProvider } from '@/app/provider'
import { createQueryClient } from '@/app/query-client'
import { createRoutes } from '@/app/routes'
import { createLyApi } from '@/lib/api-client'
import type { TestServer } from './test-server'

/**
 * The whole SPA at `path`, as the browser would run it: the real route table, a fresh
 * QueryClient, and the api client talking to the in-process BFF.
 */
export function renderApp(server: TestServer, path = '/') {
  // A whole-app render first imports its lazy page and asks the in-process BFF: on a loaded
  // two-core machine that outlasts the default second of findBy… (as the audit and TOTP tests knew).
  const previousTimeout = getConfig().asyncUtilTimeout
  configure({ asyncUtilTimeout: Math.max(previousTimeout, 5000) })
  onTestFinished(() => configure({ asyncUtilTimeout: previousTimeout }))
  const queryClient = createQueryClient()
  onTestFinished(() => queryClient.clear())
  const api = createLyApi({ fetch: server.fetch })
  const router = createMemoryRouter(createRoutes({ api, queryClient }), { initialEntries: [path] })
  const user = userEvent.setup()
  const result = render(
    <AppProvider api={api} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  )
  return { ...result, user, router }
}
