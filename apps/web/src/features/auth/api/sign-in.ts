import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { clearUserData } from './clear-user-data'
import { setSessionState, type Session } from './get-session'

// Mirrors the BFF's SignInSchema (apps/bff/src/routes/auth.ts); the server checks again.
export const SignInSchema = z.object({
  username: z.string().trim().min(1, 'Skriv brukernavnet ditt.').max(100, 'Brukernavnet kan ha høyst 100 tegn.'),
  password: z.string().min(1, 'Skriv passordet ditt.').max(200, 'Passordet kan ha høyst 200 tegn.'),
  /** Step 2, for accounts with two-factor sign-in; empty until the server asks for it. */
  code: z.union([z.literal(''), z.string().trim().regex(/^\d{6}$/, 'Engangskoden er seks sifre.')]).optional(),
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
