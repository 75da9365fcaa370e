import { zodResolver } from '@hookform/resolvers/zod'
import { clearInactive, recordSchema, type FormDef, type FormValues } from '@ly/forms'
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
    const record = clearInactive(form, draftToRecord(form, draft))
    // The zod resolver is typed for the schema's input; the keys and errors are the draft's.
    return resolve(record as Parameters<typeof resolve>[0], context, options as unknown as Parameters<typeof resolve>[2]) as unknown as ReturnType<Resolver<Draft, unknown, FormValues<F>>>
  }
}
