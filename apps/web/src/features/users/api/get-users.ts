import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import type { InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'

export type User = InferResponseType<LyApi['client']['users']['$get'], 200>['users'][number]

export const usersKeys = {
  all: ['users'] as const,
}

export async function getUsers(api: LyApi, signal?: AbortSignal): Promise<User[]> {
  const { users } = await readJson(await api.client.users.$get(undefined, { init: { signal } }))
  return users
}

export const usersQueryOptions = (api: LyApi) =>
  queryOptions({
    queryKey: usersKeys.all,
    queryFn: ({ signal }) => getUsers(api, signal),
  })

export const useUsers = () => useQuery(usersQueryOptions(useApi()))

/** Puts a user the server just answered with into the list, so its new version is used next. */
export function storeUser(queryClient: QueryClient, user: User): void {
  queryClient.setQueryData<User[]>(usersKeys.all, (users = []) => {
    const rest = users.filter((u) => u.id !== user.id)
    return [...rest, user].sort((a, b) => a.username.localeCompare(b.username))
  })
}

/**
 * Changes to one user run one after another (a React Query mutation scope), and each sends the
 * version the previous answer left in the cache. So quick successive changes, such as arrow keys
 * on a role select, never collide with each other; a change by someone else still answers 409.
 */
export const userScope = (id: string) => ({ id: `user:${id}` })

export function shownVersion(queryClient: QueryClient, id: string): number {
  const user = queryClient.getQueryData<User[]>(usersKeys.all)?.find((u) => u.id === id)
  if (!user) throw new Error(`user ${id} is not in the list`)
  return user.version
}
