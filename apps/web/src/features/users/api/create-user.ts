import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import type { LyApi } from '@/lib/api-client'
import { useApi } from '@/lib/api-context'
import { readJson } from '@/lib/api-error'
import { roles } from '@/lib/roles'
import { storeUser } from './get-users'

// Mirrors the BFF's CreateUserSchema (apps/bff/src/routes/users.ts); the server checks again
// and alone knows whether the name is taken.
export const CreateUserSchema = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .min(3, 'Brukernavnet må ha minst 3 tegn.')
    .max(40, 'Brukernavnet kan ha høyst 40 tegn.')
    .regex(/^[a-z0-9._-]+$/, 'Brukernavnet kan bare ha bokstavene a–z, tall, punktum, bindestrek og understrek.'),
  role: z.enum(roles, { error: 'Velg en rolle.' }),
})

export type CreateUserInput = z.infer<typeof CreateUserSchema>

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
