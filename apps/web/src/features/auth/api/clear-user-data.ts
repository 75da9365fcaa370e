import type { QueryClient } from '@tanstack/react-query'
import { sessionKeys } from './get-session'

/**
 * Drops every cached answer except the session itself, which the guards are watching. Called
 * where no screen shows those answers (the sign-in page, a new sign-in): removing a query that a
 * mounted screen observes would only make it fetch again.
 */
export function clearUserData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.all[0] })
}
