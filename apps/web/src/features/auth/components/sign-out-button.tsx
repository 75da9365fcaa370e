import { useSignOut } from '../api/sign-out'

export function SignOutButton() {
  const signOut = useSignOut()
  return (
    <button
      type="button"
      className="button button-quiet"
      aria-disabled={signOut.isPending || undefined}
      onClick={() => {
        if (!signOut.isPending) signOut.mutate()
      }}
    >
      Logg ut
    </button>
  )
}
