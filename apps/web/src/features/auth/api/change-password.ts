import { useMutation, useQueryClient } from '@tanstack/react-query'
import { currentPasswordField, newPasswordField } from '@ly/forms/accounts'
import { z } from 'zod'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { setSessionState, type Session } from './get-session'

export { MIN_PASSWORD_LENGTH } from '@ly/forms/accounts'

// The BFF's ChangePasswordSchema fields plus the repeated one, which only the form needs.
export const ChangePasswordSchema = z
  .object({
    currentPassword: currentPasswordField,
    newPassword: newPasswordField,
    repeatPassword: z.string().min(1, 'Skriv det nye passordet en gang til.'),
  })
  .refine((v) => v.newPassword === v.repeatPassword, {
    path: ['repeatPassword'],
    message: 'Passordene er ikke like. Skriv det samme nye passordet i begge feltene.',
  })

export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>

export async function changePassword(api: LyApi, { currentPassword, newPassword }: ChangePasswordInput): Promise<Session> {
  const session = await readJson(await api.client.auth.password.$post({ json: { currentPassword, newPassword } }))
  api.setCsrfToken(session.csrfToken)
  return session
}

export function useChangePassword() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => changePassword(api, input),
    onSuccess: (session) => {
      setSessionState(queryClient, { status: 'signed-in', session })
    },
  })
}
