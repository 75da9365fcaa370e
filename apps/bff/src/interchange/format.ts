import { allFields, forms, type FormDef } from '@ly/forms'

/**
 * The interchange format of the domain README: one record per line, keyed by the data
 * dictionary's field keys plus three keys of the file itself. Everything here derives from the
 * forms registry, so a new form or field is exported and imported without touching this module.
 * See docs/interchange.md.
 */

/** Names the record's form (a key of the registry). */
export const FORM_KEY = 'form'
/** Identifies the record within one file; never stored. */
export const REF_KEY = 'ref'
/** On a record whose form has a parent (a child's stay): the `ref` of the parent's record. */
export const PARENT_REF_KEY = 'adult_ref'
export const FILE_KEYS: readonly string[] = [FORM_KEY, REF_KEY, PARENT_REF_KEY]

/** Refs are labels for linking lines, not data: short, so a stray value cannot hide in them. */
export const REF_MAX_LENGTH = 100

/** Multiple choices in a CSV cell: category keys (`[a-z0-9_]`, never "|") joined by "|". */
export const CSV_MULTI_SEPARATOR = '|'

export type InterchangeValue = string | number | boolean | string[]
export type InterchangeRecord = Record<string, InterchangeValue>

export const registryForms = (): FormDef[] => Object.values(forms)

/**
 * The registry's forms with every parent before the forms that point at it, so an importer can
 * insert in this order and an exporter can hand out the parents' refs first.
 */
export function formsInParentOrder(): FormDef[] {
  const all = registryForms()
  const ordered: FormDef[] = []
  const visit = (form: FormDef, seen: Set<string>) => {
    if (ordered.includes(form) || seen.has(form.key)) return
    const parent = form.parent ? all.find((f) => f.key === form.parent!.form) : undefined
    if (parent) visit(parent, new Set([...seen, form.key]))
    ordered.push(form)
  }
  for (const form of all) visit(form, new Set())
  return ordered
}

/** Field keys in the order a line is written: case code and offer first, as the README lists them. */
export function fieldOrder(form: FormDef): string[] {
  const keys = allFields(form).map((f) => f.key)
  const first = ['case_code', 'offer'].filter((k) => keys.includes(k))
  return [...first, ...keys.filter((k) => !first.includes(k))]
}

/** An unanswered question is left out (the README allows absent or null; absent is shorter). */
const isUnanswered = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0)

/** One stored record as an interchange record. */
export function toInterchange(form: FormDef, values: Record<string, unknown>, ref: string, parentRef?: string): InterchangeRecord {
  const out: InterchangeRecord = { [FORM_KEY]: form.key, [REF_KEY]: ref }
  if (parentRef !== undefined) out[PARENT_REF_KEY] = parentRef
  for (const key of fieldOrder(form)) {
    const v = values[key]
    if (!isUnanswered(v)) out[key] = v as InterchangeValue
  }
  return out
}

/** The CSV header: the file keys, then the union of every form's field keys (registry order). */
export function csvColumns(): string[] {
  const columns = [...FILE_KEYS]
  for (const form of registryForms()) {
    for (const key of fieldOrder(form)) if (!columns.includes(key)) columns.push(key)
  }
  return columns
}
