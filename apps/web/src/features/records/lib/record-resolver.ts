import { zodResolver } from '@hookform/resolvers/zod'
import { allFields, clearInactive, isFieldActive, recordSchema, type FormDef, type FormValues, type RecordValues } from '@ly/forms'
import type { Resolver } from 'react-hook-form'
import { draftToRecord, type Draft } from './draft'

/**
 * react-hook-form's resolver for a record form: the draft is turned into a record, fields that
 * skip logic or a refused consent make inactive are emptied (what the server stores anyway, so
 * no stale hidden answer is ever sent), and the result is judged by the very schema the BFF
 * validates with. A valid submit hands over the schema's output, ready to send.
 */
export function recordResolver<F extends FormDef>(form: F, today: string): Resolver<Draft, unknown, FormValues<F>> {
  const resolve = zodResolver(recordSchema(form, { today }))
  return (draft, context, options) => {
    const record = uncheckedAsRefused(form, clearInactive(form, draftToRecord(form, draft)))
    // The zod resolver is typed for the schema's input; the keys and errors are the draft's.
    return resolve(record as Parameters<typeof resolve>[0], context, options as unknown as Parameters<typeof resolve>[2]) as unknown as ReturnType<Resolver<Draft, unknown, FormValues<F>>>
  }
}

/**
 * A confirmation is one checkbox, and an unticked box is a "no", not a missing answer: judged
 * as `false`, the schema answers with the definition's refusal (why such a record is not
 * registered, S0:44) rather than "Må besvares.". A valid record never carries the `false`.
 */
function uncheckedAsRefused(form: FormDef, record: RecordValues): RecordValues {
  const unticked = allFields(form).filter((f) => f.kind === 'boolean' && f.confirmation && record[f.key] === null && isFieldActive(form, f, record))
  return unticked.length === 0 ? record : { ...record, ...Object.fromEntries(unticked.map((f) => [f.key, false])) }
}
