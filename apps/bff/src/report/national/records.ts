import { allFields, formByKey, osloToday, type FieldDef, type FirstInYearKey, type FormDef, type FormKey } from '@ly/forms'
import type { Db } from '../../db/database'
import { exportRecords } from '../../interchange/export'
import { fieldOrder, type InterchangeRecord } from '../../interchange/format'
import { nightsInYear } from '../../statistics/nights'
import { asOfFor } from '../../statistics/stays'
import { anonymise } from './k-anonymity'
import { suppressRecords, type FieldDomain, type RecordValue } from './local-suppression'
import { ageBands, band, NIGHT_BANDS, quasiIdentifiers } from './quasi-identifiers'
import { hideAnswers, type ReleaseHidden } from './release-hidden'

/** The national forms (F1–F3, F6); the duty-phone log is Sarpsborg's own and stays local. */
export const NATIONAL_FORMS = ['adult_stay', 'child_stay', 'day_visit', 'phone_session'] as const satisfies readonly FormKey[]

export type NationalRecord = Record<string, RecordValue>

/**
 * A person's first record of the year by case code (decision 3), before the code is removed: the
 * code's earliest record not answered «nei», as statistics/persons.ts counts it (decision 0037).
 */
function firstInYearByCode(form: FormDef, records: readonly InterchangeRecord[]): Map<InterchangeRecord, Exclude<FirstInYearKey, 'unknown'>> {
  const first = new Map<InterchangeRecord, Exclude<FirstInYearKey, 'unknown'>>()
  const seen = new Set<string>()
  const byDate = [...records].sort((a, b) => String(a[form.dateField]).localeCompare(String(b[form.dateField])))
  for (const r of byDate) {
    const code = r.case_code
    if (typeof code !== 'string') continue
    const no = form.firstInYearField !== undefined && r[form.firstInYearField] === ('no' satisfies FirstInYearKey)
    first.set(r, no || seen.has(code) ? 'no' : 'yes')
    if (!no) seen.add(code)
  }
  return first
}

function domain(field: FieldDef): FieldDomain['values'] {
  if (field.kind === 'boolean') return [true, false]
  if (field.kind === 'single' || field.kind === 'multi') return field.options.map((o) => o.key)
  return null
}

/** What the file says of one form besides its lines: how its quasi-identifiers were published. */
export interface NationalFormNote {
  form: string
  /** The form's lines were left out: so few that their number alone is a small count. */
  omitted: boolean
  /** Level per quasi-identifier (0 as answered; 1 wider bands or quarters; 2 the year alone). */
  levels: Record<string, number>
}

export interface NationalRecordsFile {
  /** k of the k-anonymity every line meets over its quasi-identifiers (threshold + 1). */
  k: number
  forms: NationalFormNote[]
  records: NationalRecord[]
}

/**
 * One form's consenting records of the year, without case code, exact age, exact dates or free
 * text. The consent answer itself is left out: every record in the file has it. Then, in this
 * order: the answers the year's other files hide are hidden here too (the release, decision
 * 0021), the quasi-identifiers are made k-anonymous, and rare answers of any question hidden.
 */
function nationalForm(
  form: FormDef,
  records: readonly InterchangeRecord[],
  year: number,
  asOf: string,
  threshold: number,
  mark: string,
  hidden: ReleaseHidden,
): { lines: NationalRecord[]; note: NationalFormNote } {
  const fields = allFields(form)
  const firstByCode = firstInYearByCode(form, records)
  const bands = ageBands(form)
  const qis = quasiIdentifiers(form)
  if ((records.length >= 1 && records.length <= threshold) || hidden.omittedForms.has(form.key))
    return { lines: [], note: { form: form.key, omitted: records.length > 0, levels: {} } }
  const lines = records.map((r) => {
    const line: NationalRecord = { form: r.form, ref: r.ref, ...(r.adult_ref !== undefined && { adult_ref: r.adult_ref }) }
    for (const key of fieldOrder(form)) {
      const field = fields.find((f) => f.key === key)!
      const v = r[key]
      if (field.kind === 'case_code' || field.kind === 'text' || key === form.consentField) continue
      if (key === 'age') line.age_group = typeof v === 'number' ? band(v, bands) : null
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
  const answerDomain = (key: string) =>
    key === 'age_group'
      ? bands.map(([k]) => k)
      : key === 'overnight_days'
        ? NIGHT_BANDS.map(([k]) => k)
        : ((fields.find((f) => f.key === key) && domain(fields.find((f) => f.key === key)!)) ?? null)
  const anonymous = anonymise(hideAnswers(form, lines, hidden, mark, answerDomain), qis, threshold + 1, mark)
  const domains: FieldDomain[] = []
  for (const field of fields) {
    if (field.kind === 'case_code' || field.kind === 'text' || field.key === form.consentField) continue
    const key = field.key === 'age' ? 'age_group' : field.key
    const qi = qis.find((q) => q.key === key)
    domains.push({ key, values: qi ? qi.levels[anonymous.levels[key]!]!.values : field.kind === 'date' ? null : domain(field), multi: field.kind === 'multi' })
  }
  if (form.endDateField)
    domains.push({ key: 'overnight_days', values: qis.find((q) => q.key === 'overnight_days')!.levels[anonymous.levels.overnight_days!]!.values, multi: false })
  return { lines: suppressRecords(anonymous.records, domains, threshold, mark), note: { form: form.key, omitted: false, levels: anonymous.levels } }
}

/**
 * The year's consenting registrations for national reporting (record level), in the
 * dictionary's keys: case code removed, ages and nights in groups, dates as months (or
 * quarters), free text left out; k-anonymous over the quasi-identifiers, and hiding whatever
 * the year's aggregate tables and report hide (`hidden`, from release.ts).
 */
export async function nationalRecords(
  db: Db,
  centreId: string,
  year: number,
  threshold: number,
  mark: string,
  hidden: ReleaseHidden,
  today = osloToday(new Date()),
): Promise<NationalRecordsFile> {
  const all = await exportRecords(db, centreId, year)
  const asOf = asOfFor(year, today)
  const forms = NATIONAL_FORMS.map((key) => {
    const form = formByKey(key)!
    const records = all.filter((r) => r.form === key && r.consent_to_statistics === true)
    return nationalForm(form, records, year, asOf, threshold, mark, hidden)
  })
  return { k: threshold + 1, forms: forms.map((f) => f.note), records: forms.flatMap((f) => f.lines) }
}
