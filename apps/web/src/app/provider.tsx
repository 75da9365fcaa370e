import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { LyApi } from '@/lib/api-client'
import { ApiProvider } from '@/lib/api-context'

/** Everything the screens need from outside React; tests pass an API bound to an in-process BFF. */
export function AppProvider({ api, queryClient, children }: { api: LyApi; queryClient: QueryClient; children: ReactNode }) {
  return (
    <ApiProvider api={api}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ApiProvider>
  )
}
