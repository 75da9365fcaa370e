/**
 * The one declarative definition of a registration form. Validation (zod, client and server),
 * the rendered form, database columns, statistics breakdowns and report labels all derive from
 * it — nothing else keeps a list of fields. Keys are the data dictionary's (a contract);
 * labels are Norwegian and may change.
 */

/** How a field or option is backed by the sources (data-dictionary §0.2). */
export type Mark = 'inferred' | 'partial'

export interface OptionDef {
  readonly key: string
  readonly label: string
  readonly help?: string
  /** Cannot be combined with other options of a multiple choice (e.g. "Ingen"). */
  readonly exclusive?: boolean
  /** "Vet ikke" and the like: excluded from percentage denominators (decision 6). */
  readonly unknown?: boolean
  /**
   * First year of the option's NATIONAL series (the national comparison shows "ikke registrert"
   * before it). It never refuses a centre's own earlier records: a centre may have registered it
   * before the national statistics did (S1:332-334, sexual violence in 2016).
   */
  readonly since?: number
  /** From this registration year on the option can no longer be chosen; old records keep it. */
  readonly retiredFrom?: number
  /**
   * Earlier wordings of the same option, oldest first; `until` is the last registration year a
   * wording was used (S4: "2021: «…» ble endret til «…»"). A renaming keeps the key, so the years
   * stay one series, while an old year still reads in the words it was asked in.
   */
  readonly formerLabels?: readonly { readonly label: string; readonly until: number }[]
  readonly mark?: Mark
  /** Where the wording comes from, e.g. "S3:1363-1394" (never shown: kept for docs and reviews). */
  readonly source?: string
}

/** Skip logic as data, so browser and server evaluate exactly the same rule. */
export type Condition =
  | { readonly field: string; readonly equals: boolean | string | number }
  | { readonly field: string; readonly includesAny: readonly string[] }
  | { readonly field: string; readonly isEmpty: true }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }

interface FieldCommon {
  readonly key: string
  readonly label: string
  /**
   * The heading of the field's column in record lists (`FormDef.listFields`) when the label is a
   * question too long to head a column («Årsak» for «Hvorfor kunne senteret ikke gi et tilbud?»).
   */
  readonly listLabel?: string
  readonly help?: string
  readonly source?: string
  readonly mark?: Mark
  /** Kept in a bare event (no consent): form kind, offer, dates, case code (decision 1). */
  readonly bare?: boolean
  /** Must be answered for the record to be saved. */
  readonly required?: boolean
  /** Copied from the person's latest record when a known case code is entered (decision 3). */
  readonly carryOver?: boolean
  /** Shown (and accepted) only when the condition holds; cleared otherwise. */
  readonly showIf?: Condition
  /**
   * Needed for a complete record, but the record may be saved without it and finished later
   * (a stay checked out in a hurry). Unanswered, active ones are listed by `missingAnswers`.
   */
  readonly requiredAtCheckOut?: boolean
  /**
   * `required` and `requiredAtCheckOut` hold only when this condition does too: the first-in-year
   * answer is needed without a case code, while with one the code places the person when it is
   * left blank (decision 0037).
   */
  readonly requiredWhen?: Condition
}

export interface BooleanField extends FieldCommon {
  readonly kind: 'boolean'
  /**
   * A confirmation rather than a question: the record is refused unless it is `true`
   * (e.g. "this was a structured one-to-one conversation", S0:44). The refusal says why.
   */
  readonly confirmation?: { readonly refusal: string }
}
export interface SingleField extends FieldCommon {
  readonly kind: 'single'
  readonly options: readonly OptionDef[]
  /** Long lists render as a select; short ones as radio buttons. */
  readonly control?: 'radio' | 'select'
  /**
   * Each centre may rename, add and retire options of this list (stored per centre under this
   * list key); `options` are the defaults. The server validates against the centre's list.
   */
  readonly centreOptions?: string
  /**
   * The question used to be a yes/no boolean (the first-in-year questions until migration
   * 2026-12-07-36): files written then hold `true`/`false`, read as these option keys, so an
   * old interchange file stays importable. Never written: exports use the option keys.
   */
  readonly formerBoolean?: { readonly true: string; readonly false: string }
}
export interface MultiField extends FieldCommon {
  readonly kind: 'multi'
  readonly options: readonly OptionDef[]
}
export interface IntegerField extends FieldCommon {
  readonly kind: 'integer'
  readonly min: number
  /** A number, or 'current_year' for year questions (resolved against the record's date). */
  readonly max: number | 'current_year'
  readonly unit?: string
}
export interface DateField extends FieldCommon {
  readonly kind: 'date'
  /** May not be before another date of the record (check-out not before check-in). */
  readonly notBefore?: { readonly field: string; readonly message: string }
  /** Refuse dates after today (the default: registrations describe what has happened). */
  readonly allowFuture?: boolean
}
export interface TextField extends FieldCommon {
  readonly kind: 'text'
  /** Free text is short and screened for identifiers (decision 2). */
  readonly maxLength: number
}
/** A random case code (decision 3): bare, optional, links a person's records. */
export interface CaseCodeField extends FieldCommon {
  readonly kind: 'case_code'
}

export type FieldDef = BooleanField | SingleField | MultiField | IntegerField | DateField | TextField | CaseCodeField
export type FieldKind = FieldDef['kind']

export interface SectionDef {
  readonly key: string
  readonly title: string
  readonly description?: string
  /** Where the section's wording comes from (never shown: the screens speak words for people). */
  readonly source?: string
  /** When in a stay the section is asked: on arrival (the default) or at check-out. */
  readonly phase?: 'check_in' | 'check_out'
  readonly fields: readonly FieldDef[]
}

/** A record that belongs to another (a child's stay to the adult's stay it came with). */
export interface ParentLink {
  /** The parent's form key. */
  readonly form: string
  /** The column holding the parent's id (a foreign key; the link is not a question). */
  readonly column: string
  /** Bare fields whose value is the parent's, kept equal by the server (consent, offer). */
  readonly inherits: readonly string[]
}

export interface FormDef {
  /** The form key of the domain README (`day_visit`, `adult_stay`, …). */
  readonly key: string
  readonly title: string
  /** One record per … (used in list headings and units: "besøk", "opphold"). */
  readonly unit: { readonly singular: string; readonly plural: string }
  /** Database table holding one row per record. */
  readonly table: string
  /**
   * The field whose date places the record in a year and month. A form about a whole year (the
   * centre's annual form) names an integer year question instead: lists then filter on the year.
   */
  readonly dateField: string
  /**
   * The form IS a national form (the annual centre form): its options follow the national
   * series, so `since` limits them too. Registration forms leave it out: there `since` only
   * dates the national comparison.
   */
  readonly nationalSeriesOptions?: boolean
  /**
   * For records spanning dates (stays): the end date, empty while the stay is open. Such a
   * record belongs to every year and month in which it has a night (decision 4).
   */
  readonly endDateField?: string
  readonly parent?: ParentLink
  /** The consent question (decision 1); absent on forms with no personal answers (the call log). */
  readonly consentField?: string
  /**
   * Answers shown in list rows beside the bare event, in this order (kept short: lists are
   * scanned, not read). The SPA's tables take their answer columns from it, headed by each
   * field's `listLabel` (or label), and the list query reads only these columns.
   */
  readonly listFields: readonly string[]
  /**
   * The answer "first … in the year" that counts a person when the record has no case code
   * (decisions 1 and 3). Absent for forms that count only events (the duty-phone log).
   */
  readonly firstInYearField?: string
  readonly sections: readonly SectionDef[]
}

/** Identity at run time; at compile time it keeps every key and option as a literal type. */
export const defineForm = <const F extends FormDef>(form: F): F => form

export type FieldsOf<F extends FormDef> = F['sections'][number]['fields'][number]

export type OptionKeyOf<T> = T extends { readonly options: readonly (infer O)[] } ? (O extends { readonly key: infer K extends string } ? K : never) : never

/** The key of a question on form F (every key of its definition, literal). */
export type FieldKeyOf<F extends FormDef> = FieldsOf<F>['key']

/** The keys of F's questions that have options: single and multiple choice. */
export type ChoiceFieldKeyOf<F extends FormDef> = Extract<FieldsOf<F>, SingleField | MultiField>['key']

/**
 * The option keys of question `K` on form F, as the definition declares them. Code that names an
 * option (an indicator, a demo weight) takes this type, so renaming the option in the definition
 * fails to compile wherever the old key is used. For a form typed only as `FormDef` it is `string`.
 */
export type OptionKeyIn<F extends FormDef, K extends ChoiceFieldKeyOf<F>> = OptionKeyOf<Extract<FieldsOf<F>, { readonly key: K }>>

/** The keys of F's questions of one kind: `FieldKeyOfKind<F, 'boolean'>` are its yes/no questions. */
export type FieldKeyOfKind<F extends FormDef, Kind extends FieldKind> = Extract<FieldsOf<F>, { readonly kind: Kind }>['key']

/**
 * The keys of F's choice questions that offer every option in `O` (`'none'`, say): a helper that
 * names an option for any form takes this, so it cannot be pointed at a question without it.
 */
export type ChoiceFieldKeyWith<F extends FormDef, O extends string> = ChoiceKeyWith<FieldsOf<F>, O>
type ChoiceKeyWith<T, O extends string> = T extends SingleField | MultiField ? ([O] extends [OptionKeyOf<T>] ? T['key'] : never) : never

/**
 * A skip condition over F's questions and their options (`Condition`, typed): `{ field: 'offer',
 * equals: 'men' }` compiles only if F has `offer` with option `men`. It is assignable to
 * `Condition`, so `evaluateCondition` reads it; for a form typed only as `FormDef` any key goes.
 */
export type ConditionOn<F extends FormDef> = ConditionOver<FieldsOf<F>>

/** A skip condition over the questions `T` (a union of field definitions): what `ConditionOn` is made of. */
export type ConditionOver<T> = ConditionOnField<T> | { readonly all: readonly ConditionOver<T>[] } | { readonly any: readonly ConditionOver<T>[] }

/** As `evaluateCondition` reads them: a single choice equals an option, a multiple one includes some. */
type ConditionOnField<T> = T extends SingleField
  ? { readonly field: T['key']; readonly equals: OptionKeyOf<T> } | { readonly field: T['key']; readonly isEmpty: true }
  : T extends MultiField
    ? { readonly field: T['key']; readonly includesAny: readonly OptionKeyOf<T>[] } | { readonly field: T['key']; readonly isEmpty: true }
    : T extends BooleanField
      ? { readonly field: T['key']; readonly equals: boolean } | { readonly field: T['key']; readonly isEmpty: true }
      : T extends IntegerField
        ? { readonly field: T['key']; readonly equals: number } | { readonly field: T['key']; readonly isEmpty: true }
        : T extends { readonly key: infer K extends string }
          ? { readonly field: K; readonly equals: string } | { readonly field: K; readonly isEmpty: true }
          : never

/** The value a field holds in a record; null means not answered ("vet ikke" for booleans). */
export type FieldValue<T extends FieldDef> = T extends BooleanField
  ? boolean | null
  : T extends SingleField
    ? T extends { readonly centreOptions: string }
      ? string | null // a centre's own options are not known at compile time
      : OptionKeyOf<T> | null
    : T extends MultiField
      ? OptionKeyOf<T>[]
      : T extends IntegerField
        ? number | null
        : string | null

/** A record's answers keyed by the dictionary's field keys, exactly as in the interchange format. */
export type FormValues<F extends FormDef> = { [T in FieldsOf<F> as T['key']]: FieldValue<T> }

/**
 * Derived lists are computed once per definition: definitions never change at run time, and
 * the statistics ask for them once per record.
 */
export function memoizeByForm<T>(derive: (form: FormDef) => T): (form: FormDef) => T {
  const cache = new WeakMap<FormDef, T>()
  return (form) => {
    let value = cache.get(form)
    if (value === undefined) cache.set(form, (value = derive(form)))
    return value
  }
}

export const allFields: (form: FormDef) => readonly FieldDef[] = memoizeByForm((form) => Object.freeze(form.sections.flatMap((s) => s.fields)))

const fieldsByKey = memoizeByForm((form) => new Map(allFields(form).map((f) => [f.key, f])))

export function findField(form: FormDef, key: string): FieldDef | undefined {
  return fieldsByKey(form).get(key)
}

/** The heading of a list field's column: its `listLabel`, or the label when that is short. */
export const listHeading = (field: FieldDef): string => field.listLabel ?? field.label

export function optionLabel(field: FieldDef, key: string): string {
  return ('options' in field ? field.options.find((o) => o.key === key)?.label : undefined) ?? key
}

/** The option's wording in a registration year: an earlier one (`formerLabels`) or today's. */
export function optionLabelIn(option: OptionDef, year: number): string {
  return option.formerLabels?.find((f) => year <= f.until)?.label ?? option.label
}

/**
 * Options a registration dated in `year` may choose: every option not retired by then. `since`
 * does not limit them (it dates the national series only).
 */
export function choosableOptions(field: SingleField | MultiField, year: number): OptionDef[] {
  return field.options.filter((o) => o.retiredFrom === undefined || year < o.retiredFrom)
}

/** The options a record of `form` dated in `year` may choose. */
export const recordOptions = (form: FormDef, field: SingleField | MultiField, year: number): OptionDef[] =>
  form.nationalSeriesOptions ? activeOptions(field, year) : choosableOptions(field, year)

/** Options of the national series in `year` (retired and not-yet-existing ones left out): the national forms and comparisons. */
export function activeOptions(field: SingleField | MultiField, year: number): OptionDef[] {
  return field.options.filter((o) => (o.since === undefined || year >= o.since) && (o.retiredFrom === undefined || year < o.retiredFrom))
}
