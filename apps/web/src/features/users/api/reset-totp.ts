import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { ApiError, readJson } from '@/lib/api-error'
import { shownVersion, storeUser, userScope, usersKeys, type User } from './get-users'

export async function resetTotp(api: LyApi, { id, version }: Pick<User, 'id' | 'version'>) {
  return readJson(await api.client.users[':id']['reset-totp'].$post({ param: { id }, json: { version } }))
}

/** A lost phone: the user's two-factor sign-in is removed and set up again (audited). */
export function useResetTotp(id: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    scope: userScope(id),
    mutationFn: () => resetTotp(api, { id, version: shownVersion(queryClient, id) }),
    onSuccess: ({ user }) => storeUser(queryClient, user),
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'conflict') void queryClient.invalidateQueries({ queryKey: usersKeys.all })
    },
  })
}
