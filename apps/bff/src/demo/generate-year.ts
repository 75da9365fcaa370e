import { allFields, forms, recordSchema, type FirstInYearKey, type FormDef, type RecordValues } from '@ly/forms'
import { drawBand, generateValues } from './generate-values'
import { addDays, newPerson, planYear, type Person, type PlannedRecord } from './plan-year'
import type { Random } from './random'
import { children as childRules, DEFAULT_VOLUME, persons as personRules, volumes, type FormVolume } from './weights/volumes'

/** A generated record, ready to store: the values pass the form's `recordSchema`. */
export interface GeneratedRecord {
  form: FormDef
  id: string
  /** The parent record's id for a form with a parent (a child's stay → the adult's stay). */
  parentId: string | null
  values: RecordValues
  createdAt: string
  updatedAt: string
}

export interface YearOptions {
  year: number
  /** Today in Europe/Oslo: nothing is dated after it, and stays running today are open. */
  today: string
  now: Date
  /** How many records of a top-level form to aim for this year. */
  count: (form: FormDef, volume: FormVolume) => number
  /** The answers' stream for this year: the same seed gives the same history. */
  rng: Random
  /** Record ids come from their own stream, so two centres with one seed never share an id. */
  ids: Random
  /** Case codes already handed out at the centre (kept unique across years). */
  codes: Set<string>
}

/** Every registered form: a form added to the registry is generated without an edit here. */
export const registeredForms = (): FormDef[] => Object.values(forms)
export const volumeOf = (form: FormDef): FormVolume => volumes[form.key] ?? DEFAULT_VOLUME
const childFormsOf = (parent: FormDef) => registeredForms().filter((f) => f.parent?.form === parent.key)

const schemas = new Map<string, ReturnType<typeof recordSchema>>()
/** Every generated record must be one the server would accept; a failure is a generator bug. */
export function assertValid(form: FormDef, values: RecordValues, today: string) {
  const cacheKey = `${form.key}@${today}`
  let schema = schemas.get(cacheKey)
  if (!schema) schemas.set(cacheKey, (schema = recordSchema(form, { today })))
  const result = schema.safeParse(values)
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`Demodata: ugyldig ${form.key} (${issues})`)
  }
}

/** Per form, the field keys the plan fills in (derived once: the national build makes ~1 M records). */
const keysOf = memo((form: FormDef) => {
  const stable = new Set<string>(personRules.stableFields)
  const fields = allFields(form)
  return {
    caseCode: fields.filter((f) => f.kind === 'case_code').map((f) => f.key),
    stable: fields.filter((f) => f.carryOver || stable.has(f.key)).map((f) => f.key),
  }
})

function memo<T>(derive: (form: FormDef) => T): (form: FormDef) => T {
  const cache = new WeakMap<FormDef, T>()
  return (form) => {
    let value = cache.get(form)
    if (value === undefined) cache.set(form, (value = derive(form)))
    return value
  }
}

/** The answers the plan fixes for a record (dictionary keys; ignored where a form lacks the field). */
function factsOf(form: FormDef, planned: PlannedRecord, inherited: RecordValues): RecordValues {
  const facts: RecordValues = { ...planned.person.stable, [form.dateField]: planned.start, ...inherited }
  if (form.endDateField) facts[form.endDateField] = planned.end
  if (form.consentField) facts[form.consentField] = planned.person.consent
  if (form.firstInYearField) facts[form.firstInYearField] = planned.firstInYear ? 'yes' : 'no'
  for (const key of keysOf(form).caseCode) facts[key] = planned.person.caseCode
  return facts
}

const stableOf = (form: FormDef, values: RecordValues): RecordValues => Object.fromEntries(keysOf(form).stable.map((k) => [k, values[k]]))

const two = (n: number) => (n < 10 ? `0${n}` : String(n))
/** A clock time on the record's date (never after now), so lists sort as if typed in that day. */
function stamp(date: string, rng: Random, now: string): string {
  const at = `${date}T${two(rng.int(7, 15))}:${two(rng.int(0, 59))}:00.000Z`
  return at > now ? now : at
}

/** The share of visits and conversations without a case code answered «Vet ikke» to «første gang i år». */
export const UNSURE_FIRST_PERCENT = 4

export function generateYear(opts: YearOptions): GeneratedRecord[] {
  const out: GeneratedRecord[] = []
  const seen = new WeakSet<Person>()
  const nowIso = opts.now.toISOString()

  const emit = (form: FormDef, planned: PlannedRecord, rng: Random, inherited: RecordValues, parentId: string | null, extra: RecordValues = {}) => {
    const open = form.endDateField !== undefined && planned.end === null
    const values = generateValues(form, { facts: { ...factsOf(form, planned, inherited), ...extra }, year: opts.year, open }, rng)
    assertValid(form, values, opts.today)
    planned.person.stable ??= stableOf(form, values)
    seen.add(planned.person)
    const createdAt = stamp(planned.start, rng, nowIso)
    const record = { form, id: opts.ids.uuid(), parentId, values, createdAt, updatedAt: planned.end ? stamp(planned.end, rng, nowIso) : createdAt }
    out.push(record)
    return record
  }

  for (const form of registeredForms().filter((f) => !f.parent)) {
    const volume = volumeOf(form)
    if (volume.since !== undefined && opts.year < volume.since) continue
    const rng = opts.rng.fork(form.key)
    // Volumes wander from year to year (about ±12 %), so trend charts are not flat lines.
    const count = Math.round(opts.count(form, volume) * Math.max(0.5, 1 + 0.12 * rng.normal()))
    const plan = planYear(form, volume, count, opts.year, opts.today, rng.fork('plan'), opts.codes)
    // Its own stream, so the other answers stay as they were.
    const unsure = rng.fork('vet-ikke')
    const kidForms = childFormsOf(form)
    for (const planned of plan) {
      const kids = kidForms.map((kidForm) => ({ kidForm, records: planChildren(kidForm, planned, opts.today, rng, opts.codes, seen) }))
      const present = kids.reduce((n, k) => n + k.records.length, 0)
      // The parent's own answers about the children agree with the children registered.
      const { flag, count: countKey } = childRules.parentFacts
      const extra: RecordValues = kidForms.length ? { [flag]: present > 0, [countKey]: present > 0 ? present : null } : {}
      // Staff do not always know whether a visit or conversation without a case code is the
      // person's first this year: a few answer «Vet ikke» (decision 0037), as the dashboard and report show.
      if (form.firstInYearField && !form.endDateField && !planned.person.caseCode && unsure.percent(UNSURE_FIRST_PERCENT))
        extra[form.firstInYearField] = 'unknown' satisfies FirstInYearKey
      const parent = emit(form, planned, rng, {}, null, extra)
      for (const { kidForm, records } of kids) {
        const inherited = Object.fromEntries((kidForm.parent?.inherits ?? []).map((k) => [k, parent.values[k]]))
        for (const child of records) emit(kidForm, child, rng, inherited, parent.id)
      }
    }
  }
  return out
}

/** The children on one parent record: the same children each time, a few staying home on a repeat stay. */
function planChildren(form: FormDef, parent: PlannedRecord, today: string, rng: Random, codes: Set<string>, seen: WeakSet<Person>): PlannedRecord[] {
  const person = parent.person
  person.children[form.key] ??= Array.from({ length: drawBand(rng, childRules.perParent) }, () => newPerson(form, rng, person.caseCode !== null, codes, person.consent))
  const present = person.children[form.key]!.filter((_, i) => seen.has(person) === false || i === 0 || !rng.percent(childRules.absentOnRepeatPercent))
  return present.map((child) => {
    const later = rng.percent(childRules.lateArrivalPercent) ? addDays(parent.start, rng.int(1, 3)) : parent.start
    const start = later <= (parent.end ?? today) ? later : parent.start
    return { person: child, start, end: parent.end, firstInYear: !seen.has(child) }
  })
}
