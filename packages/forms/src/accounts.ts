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
