import { z } from 'zod'

/**
 * The sign-in and password fields, shared by the SPA's forms and the BFF's bodies so the rules
 * and their Norwegian messages are written once. A subpath of its own (`@ly/forms/accounts`):
 * the sign-in page is in the first JavaScript a browser loads and must not pull in the forms.
 */
export const MIN_PASSWORD_LENGTH = 12
const MAX_PASSWORD_LENGTH = 200
const tooLong = `Passordet kan ha høyst ${MAX_PASSWORD_LENGTH} tegn.`

export const usernameField = z.string({ error: 'Skriv brukernavnet ditt.' }).trim().min(1, 'Skriv brukernavnet ditt.').max(100, 'Brukernavnet kan ha høyst 100 tegn.')

/** The password one signs in or unlocks the screen with: any length up to the limit. */
export const passwordField = z.string({ error: 'Skriv passordet ditt.' }).min(1, 'Skriv passordet ditt.').max(MAX_PASSWORD_LENGTH, tooLong)

export const currentPasswordField = z.string({ error: 'Skriv det nåværende passordet ditt.' }).min(1, 'Skriv det nåværende passordet ditt.').max(MAX_PASSWORD_LENGTH, tooLong)

export const newPasswordField = z
  .string({ error: `Det nye passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn.` })
  .min(MIN_PASSWORD_LENGTH, `Det nye passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn.`)
  .max(MAX_PASSWORD_LENGTH, tooLong)

/** A two-factor code: six digits (RFC 6238 with Ly's settings). */
export const TOTP_CODE = /^\d{6}$/
export const totpCodeField = z.string().trim().regex(TOTP_CODE, 'Engangskoden er seks sifre.')

const enrolmentCode = 'Skriv de seks sifrene appen viser.'
/** `POST /api/totp/enrolment/confirm`: the first code from the app, which proves it was set up right. */
export const ConfirmTotpEnrolmentSchema = z.object({ code: z.string({ error: enrolmentCode }).trim().regex(TOTP_CODE, enrolmentCode) }).strict()

/**
 * The roles a user can have. Keys are the API's and the database's (a check constraint in the
 * foundation migration); labels are what staff see and may change.
 */
export const roles = ['staff', 'leader', 'admin'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, string> = {
  staff: 'Registrerer',
  leader: 'Leder',
  admin: 'Administrator',
}

export const roleField = z.enum(roles, { error: 'Velg en rolle.' })

/** A new user's name: what the administrator types, lower-cased as it is stored. */
export const newUsernameField = z
  .string({ error: 'Skriv et brukernavn.' })
  .trim()
  .toLowerCase()
  .min(3, 'Brukernavnet må ha minst 3 tegn.')
  .max(40, 'Brukernavnet kan ha høyst 40 tegn.')
  .regex(/^[a-z0-9._-]+$/, 'Brukernavnet kan bare ha bokstavene a–z, tall, punktum, bindestrek og understrek.')

/** The version of the user the administrator saw; the server refuses (409) a stale one. */
const userVersion = z.number({ error: 'Mangler versjonen av brukeren.' }).int().positive()

/** `POST /api/users`: the user administration form sends it, the BFF refuses anything else. */
export const CreateUserSchema = z.object({ username: newUsernameField, role: roleField }).strict()
export type CreateUserInput = z.infer<typeof CreateUserSchema>

/** `PATCH /api/users/:id`: a new role, deactivation or reactivation. */
export const UpdateUserSchema = z.object({ version: userVersion, role: roleField.optional(), active: z.boolean().optional() }).strict()
export type UpdateUserInput = z.infer<typeof UpdateUserSchema>

/** `POST /api/users/:id/reset-password` and `…/reset-totp`: only the version seen. */
export const UserVersionSchema = z.object({ version: userVersion }).strict()
