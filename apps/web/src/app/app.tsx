import { useState } from 'react'
import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { createLyApi } from '@/lib/api-client'
import { AppProvider } from './provider'
import { createQueryClient } from './query-client'
import { createRoutes } from './routes'

export function App() {
  const [api] = useState(() => createLyApi())
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(() => createBrowserRouter(createRoutes({ api, queryClient })))
  return (
    <AppProvider api={api} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  )
}
