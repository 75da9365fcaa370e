import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { ApiError, readJson } from '@/lib/api-error'
import type { Role } from '@ly/forms/accounts'
import { shownVersion, storeUser, userScope, usersKeys } from './get-users'

export interface UserChanges {
  role?: Role
  active?: boolean
}

export interface UpdateUserInput extends UserChanges {
  id: string
  /** The version the admin saw; the server refuses (409) if someone changed the user since. */
  version: number
}

export async function updateUser(api: LyApi, { id, ...json }: UpdateUserInput) {
  const { user } = await readJson(await api.client.users[':id'].$patch({ param: { id }, json }))
  return user
}

/** Changes to one user; see userScope for why each change reads the version when it is sent. */
export function useUpdateUser(id: string) {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    scope: userScope(id),
    mutationFn: (changes: UserChanges) => updateUser(api, { id, version: shownVersion(queryClient, id), ...changes }),
    onSuccess: (user) => storeUser(queryClient, user),
    onError: (error) => {
      // Someone else changed the user: show what is true now, so the next try can succeed.
      if (error instanceof ApiError && error.code === 'conflict') void queryClient.invalidateQueries({ queryKey: usersKeys.all })
    },
  })
}
