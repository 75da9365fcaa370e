import {
  allFields,
  checkCentreOptions,
  childStayDateIssues,
  findField,
  forms,
  formatNorwegianDate as fmt,
  hasConsent,
  isEmptyValue,
  isFieldActive,
  MESSAGES,
  missingAnswers,
  recordSchema,
  type CentreOptionLists,
  type FormDef,
  type FormKey,
  type RecordValues,
} from '@ly/forms'
import { daysBetween, staysOverlap, type StayDates } from '../statistics/nights'
import type { CheckedRecord } from './load'

/**
 * Kvalitetskontroll (issue 21, decision 0027): each kind of problem is one rule here, with its
 * Norwegian title, what it means and how to fix it, run by the same code for the page, for
 * `pnpm ly check` and before a year is finalised. Rules only read; they never change a record.
 */

export interface CheckContext {
  year: number
  /** Today in Europe/Oslo (YYYY-MM-DD). */
  today: string
  records: ReadonlyMap<FormKey, readonly CheckedRecord[]>
  /** Adults' stays by id: the year's and those its children point to outside it. */
  adults: ReadonlyMap<string, RecordValues>
  /** The centre's own option lists by form (the caller categories). */
  lists: ReadonlyMap<FormKey, CentreOptionLists>
}

/** What one rule found about one record; `detail` says which answer or date, in Norwegian. */
export interface RuleHit {
  record: CheckedRecord
  detail: string
}

export interface QualityRule {
  key: RuleKey
  title: string
  /** What the finding means, for the page and the CLI. */
  explanation: string
  /** How to fix it. */
  fix: string
  find(ctx: CheckContext): RuleHit[]
}

export const RULE_KEYS = [
  'missing_answers',
  'long_open_stay',
  'child_outside_adult',
  'child_without_adult',
  'overlapping_stays',
  'first_in_year_unanswered',
  'future_date',
  'value_not_allowed',
  'case_code_two_offers',
  'contradicting_answers',
] as const
export type RuleKey = (typeof RULE_KEYS)[number]

const formOf = (r: CheckedRecord): FormDef => forms[r.form]
const all = (ctx: CheckContext) => [...ctx.records.values()].flat()
const stayForms: readonly FormKey[] = ['adult_stay', 'child_stay']
const stays = (ctx: CheckContext) => stayForms.flatMap((k) => ctx.records.get(k) ?? [])
const datesOf = (values: RecordValues): StayDates => ({
  start: String(values.stay_start_date),
  end: typeof values.stay_end_date === 'string' ? values.stay_end_date : null,
})
const span = ({ start, end }: StayDates) => (end === null ? `fra ${fmt(start)} (ikke flyttet ut)` : `${fmt(start)}–${fmt(end)}`)
const codeOf = (r: CheckedRecord) => (typeof r.values.case_code === 'string' && r.values.case_code !== '' ? r.values.case_code : null)
const labelOf = (form: FormDef, key: string) => findField(form, key)?.label ?? key
/** Ends a text with a full stop unless a label already ended it («…oppholdet?»). */
const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`)

/** Records grouped by case code, those without a code left out. */
function byCaseCode(records: readonly CheckedRecord[]): Map<string, CheckedRecord[]> {
  const groups = new Map<string, CheckedRecord[]>()
  for (const r of records) {
    const code = codeOf(r)
    if (code !== null) groups.set(code, [...(groups.get(code) ?? []), r])
  }
  return groups
}

/** Each unordered pair of a group once. */
function* pairs<T>(items: readonly T[]): Generator<[T, T]> {
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) yield [items[i]!, items[j]!]
}

/** The days a record covers, as [first, last] inclusive: its date, or a stay's nights and move-out day. */
function daysOf(r: CheckedRecord, today: string): [string, string] {
  const form = formOf(r)
  const start = String(r.values[form.dateField])
  if (!form.endDateField) return [start, start]
  const end = r.values[form.endDateField]
  return [start, typeof end === 'string' ? end : today]
}

const missingAnswersRule: QualityRule = {
  key: 'missing_answers',
  title: 'Svar mangler',
  explanation: 'Personen har samtykket til statistikk, men spørsmål som skal besvares står tomme. Svarene mangler da i statistikken.',
  fix: 'Åpne registreringen og besvar spørsmålene som står tomme.',
  find: (ctx) =>
    all(ctx).flatMap((record) => {
      const form = formOf(record)
      if (form.consentField === undefined || !hasConsent(form, record.values)) return []
      // The first-in-year question has a rule of its own.
      const missing = missingAnswers(form, record.values).filter((m) => m.key !== form.firstInYearField)
      return missing.length === 0 ? [] : [{ record, detail: sentence(`Mangler: ${missing.map((m) => m.label).join('; ')}`) }]
    }),
}

const longOpenStayRule: QualityRule = {
  key: 'long_open_stay',
  title: 'Opphold som har stått åpent lenge',
  explanation: 'Oppholdet har ingen utflyttingsdato og har vart i mer enn et år, eller over to nyttår. Ofte er utflyttingen glemt.',
  fix: 'Sjekk om personen fortsatt bor på senteret. Har personen flyttet ut, registrer utflyttingsdatoen.',
  find: (ctx) =>
    stays(ctx).flatMap((record) => {
      const { start, end } = datesOf(record.values)
      if (end !== null) return []
      const oneYearAgo = `${Number(ctx.today.slice(0, 4)) - 1}${ctx.today.slice(4)}`
      const twoNewYears = start < `${Number(ctx.today.slice(0, 4)) - 1}-01-01`
      if (start >= oneYearAgo && !twoNewYears) return []
      return [{ record, detail: `Innflyttet ${fmt(start)}, ${daysBetween(start, ctx.today)} døgn uten utflyttingsdato.` }]
    }),
}

/** Where a child's stay lies beside its adult's: before the adult came, or left behind after. */
function childIssues(ctx: CheckContext, record: CheckedRecord) {
  const adult = record.parentId === null ? undefined : ctx.adults.get(record.parentId)
  if (!adult) return { adult, before: [], after: [] }
  const issues = childStayDateIssues(datesOf(adult), datesOf(record.values))
  const adultEnd = datesOf(adult).end
  // The child is at the centre after the adult left: a move-out missing or later, or a move-in after it.
  const isAfter = (i: (typeof issues)[number]) => i.path === 'stay_end_date' || (adultEnd !== null && String(record.values.stay_start_date) > adultEnd)
  return { adult, before: issues.filter((i) => !isAfter(i)), after: issues.filter(isAfter) }
}

const childOutsideAdultRule: QualityRule = {
  key: 'child_outside_adult',
  title: 'Barnet flyttet inn før den voksne',
  explanation: 'Et barn bor på senteret sammen med den voksne det kom med, så barnet kan ikke flytte inn før den voksne.',
  fix: 'Rett innflyttingsdatoen for barnet eller den voksne, så barnets opphold ligger innenfor den voksnes.',
  find: (ctx) =>
    (ctx.records.get('child_stay') ?? []).flatMap((record) => {
      const { adult, before } = childIssues(ctx, record)
      return adult && before.length > 0 ? [{ record, detail: `Den voksnes opphold: ${span(datesOf(adult))}. ${before.map((i) => i.message).join(' ')}` }] : []
    }),
}

const childWithoutAdultRule: QualityRule = {
  key: 'child_without_adult',
  title: 'Barn uten voksen',
  explanation: 'Barnet står registrert på senteret uten den voksne det kom med: den voksne har flyttet ut, eller den voksnes opphold finnes ikke.',
  fix: 'Registrer barnets utflyttingsdato, samme dag som den voksne eller tidligere. Mangler den voksnes opphold, registrer barnet på nytt fra den voksnes opphold.',
  find: (ctx) =>
    (ctx.records.get('child_stay') ?? []).flatMap((record) => {
      const { adult, after } = childIssues(ctx, record)
      if (!adult) return [{ record, detail: `Barnets opphold ${span(datesOf(record.values))} er ikke knyttet til noen voksens opphold.` }]
      return after.length > 0 ? [{ record, detail: `Den voksnes opphold: ${span(datesOf(adult))}. ${after.map((i) => i.message).join(' ')}` }] : []
    }),
}

const overlappingStaysRule: QualityRule = {
  key: 'overlapping_stays',
  title: 'Samme saksnummer i to opphold samtidig',
  explanation: 'Et saksnummer er én person, og samme person kan ikke bo på senteret i to opphold på én gang.',
  fix: 'Rett datoene, eller rett saksnummeret på det oppholdet som gjelder en annen person.',
  find: (ctx) => {
    const hits: RuleHit[] = []
    for (const group of byCaseCode(stays(ctx)).values()) {
      for (const [a, b] of pairs(group)) {
        if (!staysOverlap(datesOf(a.values), datesOf(b.values))) continue
        hits.push({ record: a, detail: `Samme saksnummer har også et opphold ${span(datesOf(b.values))}.` })
        hits.push({ record: b, detail: `Samme saksnummer har også et opphold ${span(datesOf(a.values))}.` })
      }
    }
    return hits
  },
}

const firstInYearRule: QualityRule = {
  key: 'first_in_year_unanswered',
  title: '«Første gang i år» er ikke besvart',
  explanation: 'Uten saksnummer teller Ly personer etter svaret på om dette er første gang i år. Står det tomt, kan personen ikke telles – verken som ny person eller som ukjent.',
  fix: 'Åpne registreringen og svar ja, nei eller «Vet ikke» på om dette er personens første gang i år, eller skriv inn saksnummeret.',
  find: (ctx) =>
    all(ctx).flatMap((record) => {
      const form = formOf(record)
      const field = form.firstInYearField === undefined ? undefined : findField(form, form.firstInYearField)
      // With a case code the code places the person (decision 0037): nothing is left uncounted.
      if (!field || !isEmptyValue(record.values.case_code) || !isFieldActive(form, field, record.values) || !isEmptyValue(record.values[field.key])) return []
      return [{ record, detail: `«${field.label}» står tomt.` }]
    }),
}

const futureDateRule: QualityRule = {
  key: 'future_date',
  title: 'Dato fram i tid',
  explanation: 'En registrering beskriver noe som har skjedd, så datoen kan ikke være etter i dag.',
  fix: 'Åpne registreringen og rett datoen.',
  find: (ctx) =>
    all(ctx).flatMap((record) => {
      const form = formOf(record)
      const late = allFields(form).filter((f) => f.kind === 'date' && !f.allowFuture && typeof record.values[f.key] === 'string' && String(record.values[f.key]) > ctx.today)
      return late.map((f) => ({ record, detail: `${f.label}: ${fmt(String(record.values[f.key]))}.` }))
    }),
}

const schemas = new Map<string, ReturnType<typeof recordSchema>>()
const schemaOf = (form: FormDef, today: string) => {
  const key = `${form.key}:${today}`
  // As history: an unanswered first-in-year question is a rule of its own (firstInYearRule).
  if (!schemas.has(key)) schemas.set(key, recordSchema(form, { today, history: true }))
  return schemas.get(key)!
}

const valueNotAllowedRule: QualityRule = {
  key: 'value_not_allowed',
  title: 'Svar skjemaet ikke tillater',
  explanation: 'Svaret er lagret fra før (for eksempel fra tidligere år eller en import), men skjemaet godtar det ikke i dag.',
  fix: 'Åpne registreringen og velg et svar skjemaet godtar, eller la spørsmålet stå tomt.',
  find: (ctx) =>
    all(ctx).flatMap((record) => {
      const form = formOf(record)
      const parsed = schemaOf(form, ctx.today).safeParse(record.values)
      const issues = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
      // The record's own values as «previous»: an option the centre retired later stays valid.
      issues.push(...checkCentreOptions(form, record.values, ctx.lists.get(record.form) ?? {}, record.values))
      // Future dates are their own rule.
      const shown = issues.filter((i) => i.message !== MESSAGES.futureDate)
      return shown.map((i) => ({ record, detail: `${labelOf(form, i.path.split('.')[0] ?? '')}: ${i.message}` }))
    }),
}

const caseCodeTwoOffersRule: QualityRule = {
  key: 'case_code_two_offers',
  title: 'Samme saksnummer i to tilbud samme dag',
  explanation: 'Saksnummeret er registrert både i tilbudet til kvinner og i tilbudet til menn på samme dag. Én person er i ett tilbud om gangen.',
  fix: 'Rett tilbudet eller saksnummeret på den registreringen som er feil.',
  find: (ctx) => {
    const hits: RuleHit[] = []
    for (const group of byCaseCode(all(ctx)).values()) {
      for (const [a, b] of pairs(group)) {
        if (a.values.offer === b.values.offer || typeof a.values.offer !== 'string' || typeof b.values.offer !== 'string') continue
        const [aFrom, aTo] = daysOf(a, ctx.today)
        const [bFrom, bTo] = daysOf(b, ctx.today)
        const from = aFrom > bFrom ? aFrom : bFrom
        const to = aTo < bTo ? aTo : bTo
        if (from > to) continue
        const day = `Også registrert i det andre tilbudet ${fmt(from)}${to > from ? `–${fmt(to)}` : ''} (${forms[b.form].title.toLowerCase()}).`
        hits.push({ record: a, detail: day })
        hits.push({ record: b, detail: `Også registrert i det andre tilbudet ${fmt(from)}${to > from ? `–${fmt(to)}` : ''} (${forms[a.form].title.toLowerCase()}).` })
      }
    }
    return hits
  },
}

/**
 * Implied by the data dictionary's person counts (§3, decision 3): a case code is one person,
 * counted once a year with one sex and one age, so records of the same code in the same form
 * and year that disagree on sex, or on age by more than the one birthday a year can bring,
 * make the person's figures depend on which record is read. No form can stop it: each record
 * is valid alone.
 */
const contradictingAnswersRule: QualityRule = {
  key: 'contradicting_answers',
  title: 'Ulike svar om samme person',
  explanation: 'Registreringer med samme saksnummer i samme år gir ulikt kjønn, eller alder som skiller mer enn ett år. Et saksnummer er én person.',
  fix: 'Sjekk hvilken registrering som har riktig svar, og rett den andre — eller saksnummeret, om det gjelder en annen person.',
  find: (ctx) => {
    const hits: RuleHit[] = []
    for (const [key, records] of ctx.records) {
      const form = forms[key]
      const hasSex = findField(form, 'sex') !== undefined
      const hasAge = findField(form, 'age')?.kind === 'integer'
      if (!hasSex && !hasAge) continue
      for (const group of byCaseCode(records).values()) {
        for (const [a, b] of pairs(group)) {
          const sexDiffers = hasSex && typeof a.values.sex === 'string' && typeof b.values.sex === 'string' && a.values.sex !== b.values.sex
          const ageDiffers = hasAge && typeof a.values.age === 'number' && typeof b.values.age === 'number' && Math.abs(a.values.age - b.values.age) > 1
          if (!sexDiffers && !ageDiffers) continue
          const what = [sexDiffers ? labelOf(form, 'sex').toLowerCase() : null, ageDiffers ? 'alder' : null].filter(Boolean).join(' og ')
          const date = (r: CheckedRecord) => fmt(String(r.values[form.dateField]))
          hits.push({ record: a, detail: `Annen ${what} i registreringen ${date(b)} med samme saksnummer.` })
          hits.push({ record: b, detail: `Annen ${what} i registreringen ${date(a)} med samme saksnummer.` })
        }
      }
    }
    return hits
  },
}

/** Every rule, in the order the page and the CLI list them. */
export const qualityRules: readonly QualityRule[] = [
  missingAnswersRule,
  longOpenStayRule,
  childOutsideAdultRule,
  childWithoutAdultRule,
  overlappingStaysRule,
  firstInYearRule,
  futureDateRule,
  valueNotAllowedRule,
  caseCodeTwoOffersRule,
  contradictingAnswersRule,
]
