import { zodResolver } from '@hookform/resolvers/zod'
import { allFields, clearInactive, recordSchema, type FormDef, type FormValues, type RecordValues } from '@ly/forms'
import type { FieldErrors, Resolver, ResolverResult } from 'react-hook-form'
import { draftToRecord, type Draft } from './draft'

/**
 * react-hook-form's resolver for a record form: the draft is turned into a record, fields that
 * skip logic or a refused consent make inactive are emptied (what the server stores anyway, so
 * no stale hidden answer is ever sent), and the result is judged by the very schema the BFF
 * validates with. A valid submit hands over the schema's output, ready to send.
 */
export function recordResolver<F extends FormDef>(form: F, today: string): Resolver<Draft, unknown, FormValues<F>> {
  const resolve = zodResolver(recordSchema(form, { today }))
  return async (draft, context, options) => {
    const record = clearInactive(form, draftToRecord(form, draft))
    // The zod resolver is typed for the schema's input; the keys and errors are the draft's.
    const result = (await resolve(record as Parameters<typeof resolve>[0], context, options as unknown as Parameters<typeof resolve>[2])) as unknown as ResolverResult<
      Draft,
      FormValues<F>
    >
    return withRefusals(form, record, result)
  }
}

/**
 * A confirmation is one checkbox, so an unticked one is a "no" rather than a forgotten answer:
 * its error says why such a record is not registered (the definition's refusal, S0:44)
 * instead of the schema's "Må besvares.".
 */
function withRefusals<F extends FormDef>(form: F, record: RecordValues, result: ResolverResult<Draft, FormValues<F>>): ResolverResult<Draft, FormValues<F>> {
  if (Object.keys(result.errors).length === 0) return result
  const errors: FieldErrors<Draft> = { ...result.errors }
  for (const field of allFields(form)) {
    const error = errors[field.key]
    if (field.kind === 'boolean' && field.confirmation && error && record[field.key] === null) errors[field.key] = { ...error, message: field.confirmation.refusal }
  }
  return { values: {}, errors }
}
