import type { FormDef } from '@ly/forms'
import { AppError } from '../errors'
import type { WriteContext } from '../routes/record-options'
import { checkAdultStay, checkChildStay } from '../routes/stay-rules'
import type { LineIssue } from './issues'

/**
 * The rules across records that the API runs inside its write transaction (`checkWrite` of
 * `recordRoutes`), by form: the very functions routes/residents.ts hands the routes, so an
 * import is never laxer than the form (a case code's stays may not overlap; a child's stay lies
 * within the adult's). A form that gains a `checkWrite` must be listed here as well.
 */
const writeChecks: Readonly<Record<string, (ctx: WriteContext) => Promise<void>>> = {
  adult_stay: checkAdultStay,
  child_stay: checkChildStay,
}

/**
 * Runs the form's write check and turns a refusal into the line's issues instead of throwing,
 * so that every line of the file gets checked before the transaction is rolled back.
 */
export async function writeCheckIssues(form: FormDef, ctx: WriteContext, line: number): Promise<LineIssue[]> {
  try {
    await writeChecks[form.key]?.(ctx)
    return []
  } catch (err) {
    if (err instanceof AppError && err.issues) return err.issues.map((i) => ({ line, path: i.path, message: i.message }))
    throw err
  }
}
