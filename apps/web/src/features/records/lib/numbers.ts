/** Numbers the way Norwegian staff read and write them: decimal comma, "−" for minus. */
// Answers are ages, counts and years: "1 970" would be a strange way to write a year.
const answerFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0, useGrouping: false })
const countFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 })

/** An integer answer (age, count, year) as shown in a field or a list. */
export const formatInteger = (value: number) => answerFormat.format(value)

/** A count of records ("1 234 besøk"), grouped by thousands. */
export const formatCount = (value: number) => countFormat.format(value)

/**
 * Reads what was typed into a number field: spaces (also the no-break spaces Intl puts between
 * thousands) are dropped and a decimal comma accepted, so "1 970" and "3,5" become numbers the
 * schema can judge ("Må være et helt tall."). Anything else is returned as typed, and the
 * schema answers "Må være et tall." — the field keeps what the user wrote.
 */
export function parseNorwegianNumber(input: string): number | string | null {
  const compact = input.replace(/[\s\u00a0\u202f]/g, '')
  if (compact === '') return null
  const normalised = compact.replace(',', '.').replace(/^[−–]/, '-')
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : input
}
