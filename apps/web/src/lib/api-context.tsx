import { createContext, use, type ReactNode } from 'react'
import type { LyApi } from './api-client'

const ApiContext = createContext<LyApi | null>(null)

export function ApiProvider({ api, children }: { api: LyApi; children: ReactNode }) {
  return <ApiContext value={api}>{children}</ApiContext>
}

export function useApi(): LyApi {
  const api = use(ApiContext)
  if (!api) throw new Error('useApi must be used inside <ApiProvider>')
  return api
}
