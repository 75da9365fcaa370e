import { z } from 'zod'
import { CASE_CODE_FORMAT, normaliseCaseCode, readsAsBirthDate } from '../case-code'
import { isCalendarDate, ISO_DATE, yearOf } from '../dates'
import { allFields, recordOptions, type FieldDef, type FieldsOf, type FieldValue, type FormDef, type FormValues } from '../define-form'
import { screenFreeText, screenTogether } from '../screening'
import { consentRefused as isConsentRefused, hasConsent, isAlwaysActive, isEmptyValue, isFieldActive, isRequiredNow, type RecordValues } from './visibility'

export interface SchemaOptions {
  /** Today's date (YYYY-MM-DD) in Europe/Oslo: dates after it are refused. */
  today: string
  /**
   * Validating imported history (`pnpm ly import`): a question that was a yes/no boolean before
   * (`formerBoolean`, the first-in-year questions) was optional then, so a file of that time
   * may leave it unanswered. It is stored «ikke besvart», never guessed (decision 0037).
   */
  history?: boolean
}

/** What a client may send: any answer may be absent or null (C2: "not known" is always allowed). */
export type FormInput<F extends FormDef> = { [T in FieldsOf<F> as T['key']]?: FieldValue<T> | null }

export const MESSAGES = {
  required: 'Må besvares.',
  withoutConsent: 'Kan ikke lagres uten samtykke til statistikk.',
  notApplicable: 'Spørsmålet gjelder ikke ut fra de andre svarene og skal stå tomt.',
  date: 'Må være en gyldig dato.',
  futureDate: 'Datoen kan ikke være etter i dag.',
  caseCode: 'Saksnummeret må være 4–16 bokstaver (A–Z) og tall.',
} as const

const requiredOr = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? MESSAGES.required : message)

function optionKeys(field: { options: readonly { key: string }[] }) {
  return field.options.map((o) => o.key) as [string, ...string[]]
}

/** The shape of an option key, also of keys a centre adds itself (`local_…`). */
export const OPTION_KEY = /^[a-z][a-z0-9_]{0,63}$/

/** The type check of one field; cross-field rules come in `checkRecord`. */
function fieldSchema(form: FormDef, field: FieldDef): z.ZodType {
  // A required field that skip logic or consent can hide is checked in `checkRecord` instead.
  const nullable = (s: z.ZodType) => (field.required && isAlwaysActive(form, field) ? s : s.nullable().default(null))
  switch (field.kind) {
    case 'boolean':
      return nullable(z.boolean({ error: requiredOr('Svar ja eller nei.') }))
    case 'single':
      // A centre's own options are checked against its list by `checkCentreOptions`.
      if (field.centreOptions) return nullable(z.string({ error: requiredOr('Ugyldig valg.') }).regex(OPTION_KEY, 'Ugyldig valg.'))
      return nullable(z.enum(optionKeys(field), { error: requiredOr('Ugyldig valg.') }))
    case 'multi':
      return z
        .array(z.enum(optionKeys(field), { error: 'Ugyldig valg.' }), { error: 'Må være en liste med valg.' })
        .max(field.options.length)
        .nullable()
        .default(null)
        .transform((v) => v ?? [])
    case 'integer': {
      const unit = field.unit ? ` ${field.unit}` : ''
      let n = z
        .number({ error: requiredOr('Må være et tall.') })
        .int('Må være et helt tall.')
        .min(field.min, `Må være minst ${field.min}${unit}.`)
      if (typeof field.max === 'number') n = n.max(field.max, `Kan være høyst ${field.max}${unit}.`)
      return nullable(n)
    }
    case 'date':
      return nullable(
        z
          .string({ error: requiredOr(MESSAGES.date) })
          .regex(ISO_DATE, MESSAGES.date)
          .refine(isCalendarDate, MESSAGES.date),
      )
    case 'text':
      return z
        .string({ error: 'Må være tekst.' })
        .max(field.maxLength, `Kan ha høyst ${field.maxLength} tegn.`)
        .nullable()
        .default(null)
        .transform((s) => s?.trim() || null)
    case 'case_code':
      return z
        .string({ error: 'Må være tekst.' })
        .nullable()
        .default(null)
        .transform((s) => (s ? normaliseCaseCode(s) : null) || null)
        .refine((s) => s === null || CASE_CODE_FORMAT.test(s), MESSAGES.caseCode)
        .refine((s) => s === null || !readsAsBirthDate(s), 'Saksnummeret ser ut som en fødselsdato. Bruk et tilfeldig saksnummer fra Ly.')
  }
}

type Issue = { path: string; message: string }

/** Cross-field rules: consent gating, skip logic, options by year, exclusive choices, screening. */
export function checkRecord(form: FormDef, values: RecordValues, options: SchemaOptions): Issue[] {
  const issues: Issue[] = []
  const year = yearOf(values[form.dateField]) ?? yearOf(options.today)!
  const consentRefused = isConsentRefused(form, values)
  for (const field of allFields(form)) {
    const value = values[field.key]
    const add = (message: string) => issues.push({ path: field.key, message })
    if (!isFieldActive(form, field, values)) {
      if (!isEmptyValue(value) && (field.bare || hasConsent(form, values) || consentRefused)) {
        add(!field.bare && consentRefused ? MESSAGES.withoutConsent : MESSAGES.notApplicable)
      }
      continue
    }
    if (isEmptyValue(value)) {
      const optionalInHistory = options.history === true && field.kind === 'single' && field.formerBoolean !== undefined
      if (field.required && !isAlwaysActive(form, field) && isRequiredNow(field, values) && !optionalInHistory) add(MESSAGES.required)
      continue
    }
    switch (field.kind) {
      case 'boolean':
        if (field.confirmation && value === false) add(field.confirmation.refusal)
        break
      case 'date':
        if (!field.allowFuture && typeof value === 'string' && value > options.today) add(MESSAGES.futureDate)
        // Same-format ISO dates compare correctly as strings; an empty other date is not checked.
        if (field.notBefore && typeof value === 'string' && typeof values[field.notBefore.field] === 'string' && value < (values[field.notBefore.field] as string))
          add(field.notBefore.message)
        break
      case 'integer': {
        // The year question of a form about a whole year is its own date: it may not pass today.
        const latest = field.key === form.dateField ? yearOf(options.today)! : year
        if (field.max === 'current_year' && typeof value === 'number' && value > latest) add(`Kan ikke være senere enn ${latest}.`)
        break
      }
      case 'single':
      case 'multi': {
        if (field.kind === 'single' && field.centreOptions) break
        const chosen = (Array.isArray(value) ? value : [value]) as string[]
        const allowed = new Set(recordOptions(form, field, year).map((o) => o.key))
        for (const key of chosen.filter((k) => !allowed.has(k))) {
          add(`«${field.options.find((o) => o.key === key)?.label ?? key}» kan ikke velges for registreringer i ${year}.`)
        }
        if (new Set(chosen).size !== chosen.length) add('Samme valg er sendt flere ganger.')
        const exclusive = field.options.find((o) => o.exclusive && chosen.includes(o.key))
        if (exclusive && chosen.length > 1) add(`«${exclusive.label}» kan ikke kombineres med andre valg.`)
        break
      }
      case 'text':
        for (const message of screenFreeText(String(value)).errors) add(message)
        break
      case 'case_code':
        // Its shape is the field schema's own check; no rule spans other fields.
        break
    }
  }
  // Read together too: a national ID split across two free texts is one number to a reader.
  const texts = allFields(form).filter((f) => f.kind === 'text' && isFieldActive(form, f, values) && typeof values[f.key] === 'string' && values[f.key])
  if (texts.length > 1 && !issues.some((i) => texts.some((f) => f.key === i.path))) {
    for (const message of screenTogether(texts.map((f) => String(values[f.key])))) issues.push({ path: texts.at(-1)!.key, message: `Tekstfeltene sammen: ${message}` })
  }
  return issues
}

/**
 * The record schema of a form: types per field, unknown keys refused, then the cross-field
 * rules. The same schema validates in the browser (react-hook-form) and in the BFF.
 */
export function recordSchema<F extends FormDef>(form: F, options: SchemaOptions): z.ZodType<FormValues<F>, FormInput<F>> {
  const shape = Object.fromEntries(allFields(form).map((f) => [f.key, fieldSchema(form, f)]))
  const schema = z
    .object(shape)
    .strict()
    .superRefine((values, ctx) => {
      for (const issue of checkRecord(form, values, options)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message })
    })
  return schema as unknown as z.ZodType<FormValues<F>, FormInput<F>>
}
