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

export const validationFailed = (issues: FieldIssue[]) => new AppError(422, 'validation_failed', 'Noen felt har feil. Rett dem og prøv igjen.', issues)

/**
 * The keys each validator middleware reads, by middleware: the test that sends built-in property
 * names in every query and path parameter (routes/built-in-names.test.ts) learns the query
 * parameters of every route from the app's own routes, not from a list kept by hand.
 */
export const validatedKeys = new WeakMap<object, { target: keyof ValidationTargets; keys: string[] }>()

/** The project's one validator: the shared zod schema, and always the same 422 shape. */
export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodType>(target: Target, schema: Schema) {
  const middleware = zValidator(target, schema, (result) => {
    if (!result.success) throw validationFailed(toFieldIssues(result.error))
  })
  if (schema instanceof z.ZodObject) validatedKeys.set(middleware, { target, keys: Object.keys(schema.shape) })
  return middleware
}
