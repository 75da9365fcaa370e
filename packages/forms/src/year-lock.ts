import { z } from 'zod'

/** The longest reason for reopening a locked year (kept in the year's history). */
export const REOPEN_REASON_MAX = 500

/** Why a leader reopens a locked year: the SPA's dialog and the BFF's body check it alike. */
export const reopenReasonField = z
  .string({ error: 'Skriv hvorfor året åpnes igjen.' })
  .trim()
  .min(1, 'Skriv hvorfor året åpnes igjen.')
  .max(REOPEN_REASON_MAX, `Begrunnelsen kan ha høyst ${REOPEN_REASON_MAX} tegn.`)
