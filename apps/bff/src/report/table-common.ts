import type { FormKey } from '@ly/forms'
import type { ReportData } from './data'
import type { ReportCell } from './model'

export const notRegistered = (): ReportCell => ({ value: null, percent: null, state: 'not_registered' })

/** Whether the form was registered in Ly in the year (it is "ikke registrert" before its first year). */
export function columnIsRegistered(data: ReportData, form: FormKey | null, year: number): boolean {
  const first = form ? data.formFirstYear[form] : (data.firstYear ?? undefined)
  return first !== undefined && year >= first
}

export function caption(template: string, years: readonly number[]): string {
  const first = years[0]
  const last = years[years.length - 1]
  const range = first === undefined || last === undefined ? '' : first === last ? String(last) : `${first}–${last}`
  return template.replace('{years}', range).trim()
}
