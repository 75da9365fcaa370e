import {
  adultStayDateIssues,
  adultStayForm,
  childStayDateIssues,
  childStayForm,
  formatNorwegianDate as fmt,
  missingAnswers,
  recordCompleteness,
  type FormDef,
  type RecordValues,
} from '@ly/forms'
import { findRecords } from '../db/records'
import type { FieldIssue } from '../errors'
import { stayNights, staysOverlap, type StayDates } from '../statistics/nights'
import { validationFailed } from '../validation'
import type { WriteContext } from './write-rules'

/**
 * The rules of stays that span records, run by the records service inside the write
 * transaction of every create and change (write-rules.ts), from the API and the import alike. Single-record rules (check-out not before check-in, no future dates, ages) are in the
 * definitions; the child-within-adult rule is shared with the SPA and the import
 * (packages/forms `childStayDateIssues`).
 */

export const stayDatesOf = (values: RecordValues): StayDates => ({
  start: String(values.stay_start_date),
  end: typeof values.stay_end_date === 'string' ? values.stay_end_date : null,
})

const period = ({ start, end }: StayDates) => (end === null ? `fra ${fmt(start)} (bor fortsatt på senteret)` : `${fmt(start)}–${fmt(end)}`)

/**
 * A case code is one person (decision 3), who cannot be in two stays at once — as an adult or as
 * a child. Leaving and coming back the same day is allowed (statistics/nights `staysOverlap`).
 */
async function overlapIssues(ctx: WriteContext): Promise<FieldIssue[]> {
  const code = ctx.values.case_code
  if (typeof code !== 'string') return []
  const mine = stayDatesOf(ctx.values)
  for (const form of [adultStayForm, childStayForm] as FormDef[]) {
    const clash = (await findRecords(ctx.trx, form, ctx.centreId, { caseCode: code })).find((o) => o.id !== ctx.id && staysOverlap(mine, stayDatesOf(o.values)))
    if (clash) {
      return [{ path: 'stay_start_date', message: `Saksnummeret har allerede et opphold ${period(stayDatesOf(clash.values))}. Samme person kan ikke ha to opphold samtidig.` }]
    }
  }
  return []
}

const refuse = (issues: FieldIssue[]) => {
  if (issues.length > 0) throw validationFailed(issues)
}

/** An adult's stay: no overlap for its case code; its dates still hold all its children's. */
export async function checkAdultStay(ctx: WriteContext) {
  const issues = await overlapIssues(ctx)
  if (ctx.id !== null) {
    const children = await findRecords(ctx.trx, childStayForm, ctx.centreId, { parentId: ctx.id })
    issues.push(
      ...adultStayDateIssues(
        stayDatesOf(ctx.values),
        children.map((c) => stayDatesOf(c.values)),
      ),
    )
  }
  refuse(issues)
}

/** A child's stay: no overlap for its case code; inside the adult's stay it came with. */
export async function checkChildStay(ctx: WriteContext) {
  const issues = await overlapIssues(ctx)
  if (ctx.parent) issues.push(...childStayDateIssues(stayDatesOf(ctx.parent.values), stayDatesOf(ctx.values)))
  refuse(issues)
}

/** What the board, the lists and the form show beside a stay's answers. */
export const stayFacts = (form: FormDef) => (values: RecordValues, today: string) => ({
  /** Nights so far while open; all nights after check-out (decision 4). */
  nights: stayNights(stayDatesOf(values), today),
  status: recordCompleteness(form, values),
  missing: missingAnswers(form, values),
})
