import { useMutation } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'

/** A new random case code (decision 3), checked by the BFF against the centre's records. */
export async function createCaseCode(api: LyApi): Promise<string> {
  const { code } = await readJson(await api.client['case-codes'].$post())
  return code
}

export function useCreateCaseCode() {
  const api = useApi()
  return useMutation({ mutationFn: () => createCaseCode(api) })
}
