import { useQueryClient } from '@tanstack/react-query'
import { PageHeading } from '@/components/page-heading'
import { sessionKeys, useCurrentSession } from '@/features/auth/api/get-session'
import { UserAdministration } from '@/features/users/components/user-administration'

export function AdminUsersRoute() {
  const { user: me } = useCurrentSession()
  const queryClient = useQueryClient()
  return (
    <>
      <PageHeading>Brukere</PageHeading>
      <UserAdministration
        currentUserId={me.id}
        onUserChanged={(user) => {
          // An admin who changed their own role or access must see the result at once.
          if (user.id === me.id) void queryClient.invalidateQueries({ queryKey: sessionKeys.all })
        }}
      />
    </>
  )
}
