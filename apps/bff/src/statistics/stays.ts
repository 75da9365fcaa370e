import type { FormDef } from '@ly/forms'
import type { LoadedRecord } from './load'
import { hasNightInYear, nightsByMonth, nightsInYear, stayNights, type StayDates } from './nights'

/** The stay's dates as the nights module wants them. */
export const datesOf = (form: FormDef, r: LoadedRecord): StayDates => ({
  start: String(r.values[form.dateField]),
  end: (r.values[form.endDateField!] as string | null) ?? null,
})

/** The first date after the year, or today for the current year: open stays count up to it. */
export const asOfFor = (year: number, today: string) => (today < `${year + 1}-01-01` ? today : `${year + 1}-01-01`)

/** Decision 4: the stays "in" the year are those with at least one night in it. */
export const staysInYear = (form: FormDef, records: readonly LoadedRecord[], year: number, asOf: string) =>
  records.filter((r) => hasNightInYear(datesOf(form, r), year, asOf))

/**
 * Decision 5: averages (and the end-of-stay answers) are over stays that ended in the year —
 * with at least one night, since a same-day stay is a stay in no year (decision 4).
 */
export const staysEndedInYear = (form: FormDef, records: readonly LoadedRecord[], year: number) =>
  records.filter((r) => {
    const end = r.values[form.endDateField!]
    return typeof end === 'string' && end.startsWith(`${year}-`) && end > String(r.values[form.dateField])
  })

export const totalNightsInYear = (form: FormDef, records: readonly LoadedRecord[], year: number, asOf: string) =>
  records.reduce((sum, r) => sum + nightsInYear(datesOf(form, r), year, asOf), 0)

export const lengthsOf = (form: FormDef, records: readonly LoadedRecord[], asOf: string) => records.map((r) => stayNights(datesOf(form, r), asOf))

export function nightsMonths(form: FormDef, records: readonly LoadedRecord[], year: number, asOf: string): Record<string, number> {
  const totals = new Array<number>(12).fill(0)
  for (const r of records) nightsByMonth(datesOf(form, r), year, asOf).forEach((n, i) => (totals[i]! += n))
  return Object.fromEntries(totals.map((n, i) => [String(i + 1), n]))
}

/**
 * Move-ins (start dates) or move-outs (end dates) per month of the year, on their actual dates
 * (a move-out on 1 January is a January one). R-09 leaves out those who lived at the centre at
 * New Year (S1:711-713): `among` 'began_in_year' counts the stays that began in the year, and
 * 'new_year' the move-outs of those present at New Year, which the report shows apart (R-09e/f).
 */
export function movesMonths(form: FormDef, records: readonly LoadedRecord[], year: number, which: 'in' | 'out', among: 'began_in_year' | 'new_year' = 'began_in_year'): Record<string, number> {
  const field = which === 'in' ? form.dateField : form.endDateField!
  const months: Record<string, number> = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [String(i + 1), 0]))
  const atNewYear = new Set(presentAtNewYear(form, records, year).map((r) => r.id))
  for (const r of records) {
    if (atNewYear.has(r.id) !== (among === 'new_year')) continue
    const d = r.values[field]
    if (typeof d === 'string' && d.startsWith(`${year}-`)) months[String(Number(d.slice(5, 7)))]!++
  }
  return months
}

/** Present at New Year: began before 1 January and had not left before it — leaving on 1 January counts. */
export const presentAtNewYear = (form: FormDef, records: readonly LoadedRecord[], year: number) =>
  records.filter((r) => {
    const { start, end } = datesOf(form, r)
    return start < `${year}-01-01` && (end === null || end >= `${year}-01-01`)
  })
