import { byOffer, formatNorwegianDate, offerWords } from '@ly/forms'

export const offerNames = byOffer((offer) => offerWords[offer].short)

const clock = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' })
const osloDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' })

/** «07.12.2026 kl. 10:15», in Oslo time: when a count last changed, when a token was used. */
export function formatMoment(iso: string | null): string {
  if (!iso) return '–'
  const at = new Date(iso)
  return `${formatNorwegianDate(osloDate.format(at))} kl. ${clock.format(at)}`
}

/** Free places, or why there is no number (the centre has not given its places). */
export const freeText = (free: number | null) => (free === null ? 'Ikke oppgitt' : String(free))
