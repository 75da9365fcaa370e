import { zValidator } from '@hono/zod-validator'
import type { ValidationTargets } from 'hono'
import { z } from 'zod'
// Importing the forms package installs its Norwegian zod messages for every schema.
import '@ly/forms'
import { AppError, type FieldIssue } from './errors'


/** One issue per field; an unknown key is reported at its own path so the user sees which. */
export function toFieldIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String)
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...base, key].join('.'), message: 'Ukjent felt.' }))
    }
    return [{ path: base.join('.'), message: issue.message }]
  })
}

export const validationFailed = (issues: FieldIssue[]) =>
  new AppError(422, 'validation_failed', 'Noen felt har feil. Rett dem og prøv igjen.', issues)

/** The project's one validator: the shared zod schema, and always the same 422 shape. */
export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw validationFailed(toFieldIssues(result.error))
  })
}
