import { z } from 'zod'

/** The longest reason a leader gives for marking a Kvalitetskontroll finding «Sjekket – riktig». */
export const CHECKED_REASON_MAX = 300

/** Why a finding is right as it is: the SPA's dialog and the BFF's body check it alike (decision 0057). */
export const checkedReasonField = z
  .string({ error: 'Skriv hvorfor det er riktig.' })
  .trim()
  .min(1, 'Skriv hvorfor det er riktig.')
  .max(CHECKED_REASON_MAX, `Begrunnelsen kan ha høyst ${CHECKED_REASON_MAX} tegn.`)
