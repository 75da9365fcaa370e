import { useMutation, useQueryClient } from '@tanstack/react-query'
import { passwordField, totpCodeField, usernameField } from '@ly/forms/accounts'
import { z } from 'zod'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { clearUserData } from './clear-user-data'
import { setSessionState, type Session } from './get-session'

// The BFF's SignInSchema fields (apps/bff/src/routes/auth.ts); the server checks again.
export const SignInSchema = z.object({
  username: usernameField,
  password: passwordField,
  /** Step 2, for accounts with two-factor sign-in; empty until the server asks for it. */
  code: z.union([z.literal(''), totpCodeField]).optional(),
})

export type SignInInput = z.infer<typeof SignInSchema>

export async function signIn(api: LyApi, { code, ...input }: SignInInput): Promise<Session> {
  const session = await readJson(await api.client.auth['sign-in'].$post({ json: code ? { ...input, code } : input }))
  api.setCsrfToken(session.csrfToken)
  return session
}

export function useSignIn() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: SignInInput) => signIn(api, input),
    onSuccess: (session) => {
      // Someone else may have used this screen before: nothing of theirs may linger in the cache.
      clearUserData(queryClient)
      setSessionState(queryClient, { status: 'signed-in', session })
    },
  })
}
