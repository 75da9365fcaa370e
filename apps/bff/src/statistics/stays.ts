import type { FormDef } from '@ly/forms'
import type { LoadedRecord } from './load'
import { nightsInPeriod, stayNights, type StayDates } from './nights'
import { yearPeriod, type Period } from './period'

/** The stay's dates as the nights module wants them. */
export const datesOf = (form: FormDef, r: LoadedRecord): StayDates => ({
  start: String(r.values[form.dateField]),
  end: (r.values[form.endDateField!] as string | null) ?? null,
})

/** The first date after the year, or today for the current year: open stays count up to it. */
export const asOfFor = (year: number, today: string) => asOfPeriod(yearPeriod(year), today)

/** The first date after the period, or today while it runs: open stays count up to it. */
export const asOfPeriod = (period: Period, today: string) => (today < period.to ? today : period.to)

/** Decision 4 and 0026: the stays "in" a period are those with at least one night in it. */
export const staysInPeriod = (form: FormDef, records: readonly LoadedRecord[], period: Period, asOf: string) =>
  records.filter((r) => nightsInPeriod(datesOf(form, r), period.from, period.to, asOf) > 0)

export const staysInYear = (form: FormDef, records: readonly LoadedRecord[], year: number, asOf: string) => staysInPeriod(form, records, yearPeriod(year), asOf)

/**
 * Decision 5: averages (and the end-of-stay answers) are over stays that ended in the period —
 * with at least one night, since a same-day stay is a stay in no year (decision 4).
 */
export const staysEndedInPeriod = (form: FormDef, records: readonly LoadedRecord[], period: Period) =>
  records.filter((r) => {
    const end = r.values[form.endDateField!]
    return typeof end === 'string' && end >= period.from && end < period.to && end > String(r.values[form.dateField])
  })

export const staysEndedInYear = (form: FormDef, records: readonly LoadedRecord[], year: number) => staysEndedInPeriod(form, records, yearPeriod(year))

/** Decision 0026: the nights of a stay that fall in the period. */
export const totalNightsInPeriod = (form: FormDef, records: readonly LoadedRecord[], period: Period, asOf: string) =>
  records.reduce((sum, r) => sum + nightsInPeriod(datesOf(form, r), period.from, period.to, asOf), 0)

export const totalNightsInYear = (form: FormDef, records: readonly LoadedRecord[], year: number, asOf: string) => totalNightsInPeriod(form, records, yearPeriod(year), asOf)

export const lengthsOf = (form: FormDef, records: readonly LoadedRecord[], asOf: string) => records.map((r) => stayNights(datesOf(form, r), asOf))

const monthWindow = (year: number, m: number) => ({
  from: `${year}-${String(m + 1).padStart(2, '0')}-01`,
  to: m === 11 ? `${year + 1}-01-01` : `${year}-${String(m + 2).padStart(2, '0')}-01`,
})

/** Nights per calendar month of the period's year, only the nights inside the period. */
export function nightsMonths(form: FormDef, records: readonly LoadedRecord[], period: Period, asOf: string): Record<string, number> {
  const year = Number(period.from.slice(0, 4))
  const windows = Array.from({ length: 12 }, (_, m) => {
    const w = monthWindow(year, m)
    return { from: w.from > period.from ? w.from : period.from, to: w.to < period.to ? w.to : period.to }
  })
  const totals = new Array<number>(12).fill(0)
  for (const r of records) {
    const dates = datesOf(form, r)
    windows.forEach((w, i) => {
      if (w.from < w.to) totals[i]! += nightsInPeriod(dates, w.from, w.to, asOf)
    })
  }
  return Object.fromEntries(totals.map((n, i) => [String(i + 1), n]))
}

/**
 * Move-ins (start dates) or move-outs (end dates) per month, on their actual dates inside the
 * period (a move-out on 1 January is a January one). R-09 leaves out those who lived at the centre
 * at New Year (S1:711-713): `among` 'began_in_year' counts the stays that began in the year, and
 * 'new_year' the move-outs of those present at New Year, which the report shows apart (R-09e/f).
 */
export function movesMonths(
  form: FormDef,
  records: readonly LoadedRecord[],
  period: Period,
  which: 'in' | 'out',
  among: 'began_in_year' | 'new_year' = 'began_in_year',
): Record<string, number> {
  const field = which === 'in' ? form.dateField : form.endDateField!
  const months: Record<string, number> = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [String(i + 1), 0]))
  const atNewYear = new Set(presentAtStart(form, records, yearPeriod(Number(period.from.slice(0, 4)))).map((r) => r.id))
  for (const r of records) {
    if (atNewYear.has(r.id) !== (among === 'new_year')) continue
    const d = r.values[field]
    if (typeof d === 'string' && d >= period.from && d < period.to) months[String(Number(d.slice(5, 7)))]!++
  }
  return months
}

/** Present when the period began (at New Year for the year): began before it and had not left before it — leaving on its first day counts. */
export const presentAtStart = (form: FormDef, records: readonly LoadedRecord[], period: Period) =>
  records.filter((r) => {
    const { start, end } = datesOf(form, r)
    return start < period.from && (end === null || end >= period.from)
  })
