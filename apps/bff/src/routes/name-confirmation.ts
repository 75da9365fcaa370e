import { z } from 'zod'

/**
 * Issue 18: a free text that may hold a name is stored only when the request says the worker
 * saw the warning and kept the text: `confirmLikelyName: true` beside the answers (decision 0022).
 * The refusal itself is records/likely-names.ts.
 */
export const ConfirmLikelyName = z.boolean({ error: 'Må være true eller false.' }).optional()

/**
 * A create body: the record's answers, with `confirmLikelyName` beside them at the top level.
 * The flag is taken off before the record schema (which refuses unknown keys) reads the rest;
 * its issues keep their paths.
 */
export function withNameConfirmation<Out, In>(schema: z.ZodType<Out, In>) {
  return z.unknown().transform((input, ctx) => {
    let rest = input
    let confirmed: boolean | undefined
    if (input !== null && typeof input === 'object' && !Array.isArray(input) && Object.hasOwn(input, 'confirmLikelyName')) {
      const { confirmLikelyName, ...others } = input as Record<string, unknown>
      const flag = ConfirmLikelyName.safeParse(confirmLikelyName)
      if (!flag.success) ctx.addIssue({ code: 'custom', path: ['confirmLikelyName'], message: flag.error.issues[0]!.message })
      confirmed = flag.data
      rest = others
    }
    const parsed = schema.safeParse(rest)
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ ...issue })
    if (!parsed.success || ctx.issues.length > 0) return z.NEVER
    return { values: parsed.data, confirmLikelyName: confirmed === true }
  }) as unknown as z.ZodType<{ values: Out; confirmLikelyName: boolean }, In & { confirmLikelyName?: boolean }>
}
