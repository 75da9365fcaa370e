import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { CreateUserInput } from '@ly/forms/accounts'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { storeUser } from './get-users'

export async function createUser(api: LyApi, input: CreateUserInput) {
  return readJson(await api.client.users.$post({ json: input }))
}

export function useCreateUser() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: CreateUserInput) => createUser(api, input),
    onSuccess: ({ user }) => storeUser(queryClient, user),
  })
}
