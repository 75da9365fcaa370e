import { allFields, formByKey, osloToday, type FieldDef, type FormDef } from '@ly/forms'
import type { Db } from '../../db/database'
import { exportRecords } from '../../interchange/export'
import { fieldOrder, type InterchangeRecord } from '../../interchange/format'
import { ADULT_AGE_BANDS } from '../../statistics/indicators/residents'
import { nightsInYear } from '../../statistics/nights'
import { asOfFor } from '../../statistics/stays'
import { suppressRecords, type FieldDomain, type RecordValue } from './local-suppression'

/** The national forms (F1–F3, F6); the duty-phone log is Sarpsborg's own and stays local. */
export const NATIONAL_FORMS = ['adult_stay', 'child_stay', 'day_visit', 'phone_session'] as const

type Bands = readonly (readonly [string, number, number])[]
/** Decision 10: children's bands; adults' are the engine's (regroupable to the national ones). */
const CHILD_AGE_BANDS: Bands = [['0_2', 0, 2], ['3_5', 3, 5], ['6_10', 6, 10], ['11_15', 11, 15], ['16_17', 16, 17]]
/** Nights in the year, grouped like ages: an exact stay length can single a person out. */
const NIGHT_BANDS: Bands = [['0', 0, 0], ['1_6', 1, 6], ['7_13', 7, 13], ['14_27', 14, 27], ['28_89', 28, 89], ['90_plus', 90, Infinity]]

const band = (value: number, bands: Bands) => bands.find(([, from, to]) => value >= from && value <= to)?.[0] ?? null

export type NationalRecord = Record<string, RecordValue>

/** A person's first record of the year by case code (decision 3), before the code is removed. */
function firstInYearByCode(form: FormDef, records: readonly InterchangeRecord[]): Map<InterchangeRecord, boolean> {
  const first = new Map<InterchangeRecord, boolean>()
  const seen = new Set<string>()
  const byDate = [...records].sort((a, b) => String(a[form.dateField]).localeCompare(String(b[form.dateField])))
  for (const r of byDate) {
    const code = r.case_code
    if (typeof code !== 'string') continue
    first.set(r, !seen.has(code))
    seen.add(code)
  }
  return first
}

function domain(field: FieldDef): FieldDomain['values'] {
  if (field.kind === 'boolean') return [true, false]
  if (field.kind === 'single' || field.kind === 'multi') return field.options.map((o) => o.key)
  return null
}

/**
 * One form's consenting records of the year, without case code, exact age, exact dates or free
 * text. The consent answer itself is left out: every record in the file has it.
 */
function nationalForm(form: FormDef, records: readonly InterchangeRecord[], year: number, asOf: string, threshold: number, mark: string): NationalRecord[] {
  const fields = allFields(form)
  const firstByCode = firstInYearByCode(form, records)
  const ageBands = form.key === 'child_stay' ? CHILD_AGE_BANDS : ADULT_AGE_BANDS
  const domains: FieldDomain[] = []
  const out = records.map((r) => {
    const line: NationalRecord = { form: r.form, ref: r.ref, ...(r.adult_ref !== undefined && { adult_ref: r.adult_ref }) }
    for (const key of fieldOrder(form)) {
      const field = fields.find((f) => f.key === key)!
      const v = r[key]
      if (field.kind === 'case_code' || field.kind === 'text' || key === form.consentField) continue
      if (key === 'age') line.age_group = typeof v === 'number' ? band(v, ageBands) : null
      else if (field.kind === 'date') line[key] = typeof v === 'string' ? v.slice(0, 7) : null
      else if (key === form.firstInYearField && firstByCode.has(r)) line[key] = firstByCode.get(r)!
      else line[key] = v ?? null
    }
    if (form.endDateField) {
      const nights = nightsInYear({ start: String(r[form.dateField]), end: (r[form.endDateField] as string | undefined) ?? null }, year, asOf)
      line.overnight_days = band(nights, NIGHT_BANDS)
    }
    return line
  })
  for (const field of fields) {
    if (field.kind === 'case_code' || field.kind === 'text' || field.key === form.consentField) continue
    if (field.key === 'age') domains.push({ key: 'age_group', values: ageBands.map(([k]) => k), multi: false })
    else domains.push({ key: field.key, values: field.kind === 'date' ? null : domain(field), multi: field.kind === 'multi' })
  }
  if (form.endDateField) domains.push({ key: 'overnight_days', values: NIGHT_BANDS.map(([k]) => k), multi: false })
  return suppressRecords(out, domains, threshold, mark)
}

/**
 * The year's consenting registrations for national reporting (record level), in the
 * dictionary's keys: case code removed, ages and nights in groups, dates as months, free text
 * left out, and answers given by 1 up to the threshold records hidden per form.
 */
export async function nationalRecords(db: Db, centreId: string, year: number, threshold: number, mark: string, today = osloToday(new Date())): Promise<NationalRecord[]> {
  const all = await exportRecords(db, centreId, year)
  const asOf = asOfFor(year, today)
  return NATIONAL_FORMS.flatMap((key) => {
    const form = formByKey(key)!
    const records = all.filter((r) => r.form === key && r.consent_to_statistics === true)
    return nationalForm(form, records, year, asOf, threshold, mark)
  })
}
