import { allFields, generateCaseCode, type FormDef, type RecordValues } from '@ly/forms'
import type { Random } from './random'
import { persons as personRules, stays, type FormVolume } from './weights/volumes'

/** A person behind some of a year's records: the case code, consent and answers that stay the same. */
export interface Person {
  caseCode: string | null
  consent: boolean
  /** Answers copied to the person's later records (carry-over and stable fields), once known. */
  stable: RecordValues | null
  /** Persons of a child form who come along, by form key, decided at the person's first record. */
  children: Record<string, Person[]>
}

/** One record to generate: whose it is and its dates. */
export interface PlannedRecord {
  person: Person
  start: string
  /** End date of a stay; null while open (and always for one-day records). */
  end: string | null
  firstInYear: boolean
}

const DAY_MS = 86_400_000
export const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

function daysInMonth(year: number, month: number) {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
}

/** A date in the year, months weighted by the form's season. */
export function randomDate(rng: Random, year: number, months: readonly number[] | undefined): string {
  const month = rng.weighted([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], (m) => months?.[m] ?? 1)
  const day = rng.int(1, daysInMonth(year, month))
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const withCaseCode = new WeakMap<FormDef, boolean>()
export function hasCaseCode(form: FormDef): boolean {
  let has = withCaseCode.get(form)
  if (has === undefined) withCaseCode.set(form, (has = allFields(form).some((f) => f.kind === 'case_code')))
  return has
}

/** A case code not used before at the centre, from the seeded stream. */
export function newCaseCode(rng: Random, used: Set<string>): string {
  for (;;) {
    const code = generateCaseCode(() => rng.int(0, 31))
    if (!used.has(code)) {
      used.add(code)
      return code
    }
  }
}

export function newPerson(form: FormDef, rng: Random, coded: boolean, codes: Set<string>, consent?: boolean): Person {
  return {
    caseCode: coded && hasCaseCode(form) ? newCaseCode(rng, codes) : null,
    consent: consent ?? (form.consentField ? rng.percent(personRules.consentPercent) : true),
    stable: null,
    children: {},
  }
}

export const stayNights = (rng: Random) => Math.min(stays.maxNights, Math.max(1, Math.round(rng.logNormal(stays.medianNights, stays.sigma))))

/**
 * The records of one top-level form in one year: `count` of them, spread over persons
 * (geometric number of records each, mean `perPerson`), dated by season. Records that would fall
 * after `today` count towards `count` but are left out, so the current year is only partly
 * filled; a stay still running today is open and is the person's last.
 */
export function planYear(form: FormDef, volume: FormVolume, count: number, year: number, today: string, rng: Random, codes: Set<string>): PlannedRecord[] {
  const planned: PlannedRecord[] = []
  const [gapMin, gapMax] = volume.gapDays ?? [7, 60]
  let attempted = 0
  while (attempted < count) {
    const n = rng.geometric(volume.perPerson, 25)
    const coded = rng.percent(n > 1 ? personRules.caseCodePercentRepeat : personRules.caseCodePercentOnce)
    const person = newPerson(form, rng, coded, codes)
    let date = randomDate(rng, year, volume.months)
    // Records that would spill into next year are not counted: other persons make up for them.
    for (let k = 0; k < n && date.startsWith(`${year}-`); k++) {
      if (date > today) {
        attempted += n - k
        break
      }
      attempted++
      const end = form.endDateField ? addDays(date, stayNights(rng)) : null
      const open = end !== null && end > today
      planned.push({ person, start: date, end: open ? null : end, firstInYear: k === 0 })
      if (open) {
        attempted += n - k - 1
        break
      }
      date = addDays(end ?? date, rng.int(gapMin, gapMax))
    }
  }
  return planned.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
}
