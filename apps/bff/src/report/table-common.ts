import type { FormKey } from '@ly/forms'
import type { ReportData } from './data'
import type { ReportCell } from './model'

export const notRegistered = (): ReportCell => ({ value: null, percent: null, state: 'not_registered' })

/**
 * Whether the form was registered in Ly in the year: "ikke registrert" before its first year and
 * in a year without a record of it (issue 17, point 10) — never a zero to compare with.
 */
export function columnIsRegistered(data: ReportData, form: FormKey | null, year: number): boolean {
  const first = form ? data.formFirstYear[form] : (data.firstYear ?? undefined)
  if (first === undefined || year < first) return false
  const registered = data.registered.get(year)
  return registered === undefined || (form ? registered.has(form) : registered.size > 0)
}

/** A table's caption with its years: «2020–2026», or in a tertial's report «2. tertial 2020–2026». */
export function caption(template: string, years: readonly number[], tertial?: number): string {
  const first = years[0]
  const last = years[years.length - 1]
  const span = first === undefined || last === undefined ? '' : first === last ? String(last) : `${first}–${last}`
  const range = tertial && span ? `${tertial}. tertial ${span}` : span
  return template.replace('{years}', range).trim()
}
