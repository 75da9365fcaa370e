import { zValidator } from '@hono/zod-validator'
import type { ValidationTargets } from 'hono'
import { z } from 'zod'
import { AppError, type FieldIssue } from './errors'

/**
 * Plain Norwegian messages for the generic zod failures. Field-specific messages are written
 * in the schemas themselves; this map covers the rest so no English text reaches a user.
 */
export const norwegianErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'Feltet må fylles ut.'
      return (
        {
          string: 'Må være tekst.',
          number: 'Må være et tall.',
          int: 'Må være et helt tall.',
          boolean: 'Må være ja eller nei.',
          array: 'Må være en liste.',
          object: 'Må være et objekt.',
        } as Record<string, string>
      )[issue.expected] ?? 'Ugyldig verdi.'
    case 'too_small':
      if (issue.origin === 'string') return `Må ha minst ${issue.minimum} tegn.`
      if (issue.origin === 'array') return `Velg minst ${issue.minimum}.`
      return `Må være minst ${issue.minimum}.`
    case 'too_big':
      if (issue.origin === 'string') return `Kan ha høyst ${issue.maximum} tegn.`
      if (issue.origin === 'array') return `Velg høyst ${issue.maximum}.`
      return `Kan være høyst ${issue.maximum}.`
    case 'invalid_value':
      return 'Ugyldig valg.'
    case 'invalid_format':
      return issue.format === 'date' ? 'Må være en dato (ÅÅÅÅ-MM-DD).' : 'Ugyldig format.'
    case 'unrecognized_keys':
      return 'Ukjent felt.'
    default:
      return 'Ugyldig verdi.'
  }
}

z.config({ customError: norwegianErrorMap })

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
