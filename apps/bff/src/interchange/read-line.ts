import { allFields, findField, formByKey, forms, type FormDef } from '@ly/forms'
import { FILE_KEYS, FORM_KEY, PARENT_REF_KEY, REF_KEY, REF_MAX_LENGTH } from './format'
import type { LineIssue, SourceLine } from './issues'

/** One line split into the file's own keys and the record's answers, before validation. */
export interface ReadLine {
  line: number
  form: FormDef
  ref: string
  parentRef: string | null
  fields: Record<string, unknown>
}

const childForms = () => (Object.values(forms) as FormDef[]).filter((f) => f.parent).map((f) => f.key)

/**
 * An answer in the words of an older file: a question that was a yes/no boolean (the
 * first-in-year questions before decision 0037) reads `true`/`false` — JSON booleans, or a CSV
 * cell's text in any case — as its option keys. Anything else is left for the schema to judge.
 */
function formerAnswer(form: FormDef, key: string, value: unknown): unknown {
  const field = findField(form, key)
  if (field?.kind !== 'single' || !field.formerBoolean) return value
  const text = typeof value === 'string' ? value.trim().toLowerCase() : value
  return text === true || text === 'true' ? field.formerBoolean.true : text === false || text === 'false' ? field.formerBoolean.false : value
}

/**
 * Checks the keys of a line: a known form, a ref, an adult_ref only where the form has a
 * parent, and no key that is not one of the form's fields. Returns the line's issues, and the
 * read line whenever its form and ref are known, so its answers can be validated too.
 */
export function readLine({ line, data }: SourceLine): { read?: ReadLine; issues: LineIssue[] } {
  const issues: LineIssue[] = []
  const add = (path: string, message: string) => issues.push({ line, path, message })

  const formKey = data[FORM_KEY]
  const form = typeof formKey === 'string' ? formByKey(formKey) : undefined
  if (formKey === undefined || formKey === null || formKey === '') add(FORM_KEY, 'Mangler: hver linje må si hvilket skjema den er.')
  else if (!form) add(FORM_KEY, `Ukjent skjema. Gyldige skjemaer: ${Object.keys(forms).join(', ')}.`)

  const ref = data[REF_KEY]
  if (ref === undefined || ref === null || ref === '') add(REF_KEY, 'Mangler: hver linje må ha en ref som er unik i filen.')
  else if (typeof ref !== 'string' || ref.length > REF_MAX_LENGTH) add(REF_KEY, `Må være tekst på høyst ${REF_MAX_LENGTH} tegn.`)

  const rawParentRef = data[PARENT_REF_KEY]
  const parentRef = rawParentRef === undefined || rawParentRef === null || rawParentRef === '' ? null : rawParentRef
  if (parentRef !== null && typeof parentRef !== 'string') add(PARENT_REF_KEY, 'Må være tekst: ref-en til den voksnes opphold.')
  else if (form && !form.parent && parentRef !== null) add(PARENT_REF_KEY, `Brukes bare på ${childForms().join(', ')}.`)
  else if (form?.parent && parentRef === null) add(PARENT_REF_KEY, `Mangler: må være ref-en til linjen med ${form.parent.form} som dette hører til.`)

  const fields: Record<string, unknown> = {}
  if (form) {
    const known = new Set(allFields(form).map((f) => f.key))
    for (const [key, value] of Object.entries(data)) {
      if (FILE_KEYS.includes(key)) continue
      // Key names are the file's structure, not answers, so naming them is safe.
      if (!known.has(key)) add(key, `Ukjent felt i skjemaet ${form.key}.`)
      else fields[key] = formerAnswer(form, key, value)
    }
  }
  // Still validate the answers of a line with a bad key, so one run reports everything.
  if (!form || typeof ref !== 'string' || ref.length > REF_MAX_LENGTH) return { issues }
  return { read: { line, form, ref, parentRef: parentRef as string | null, fields }, issues }
}
