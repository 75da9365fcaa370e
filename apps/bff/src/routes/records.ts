import { Hono } from 'hono'
import { z } from 'zod'
import { allFields, isCalendarDate, osloToday, recordSchema, generateCaseCode, type FormDef, type FormValues, type RecordValues } from '@ly/forms'
import { findCaseHistory } from '../db/case-history'
import { caseCodeInUse, findRecords, isYearDated, listRecords, type StoredRecord } from '../db/records'
import type { AppDeps, AppEnv } from '../deps'
import { AppError, notFound } from '../errors'
import { changeRecord, createRecord, deleteRecordOf, readRecord, withdrawConsent, type Writer } from '../records/service'
import { validate, validationFailed } from '../validation'
import { invalidCursorIssue, ListPageQuery, encodeCursor } from './list-page'
import { ConfirmLikelyName, withNameConfirmation } from './name-confirmation'
import type { RecordRouteOptions } from './record-options'

const IdParam = z.object({ id: z.string().min(1).max(64) })
const VersionBody = z.object({ version: z.number().int().positive() }).strict()
/** `cascade: true` confirms deleting the record's children too (an adult's stay with children). */
const DeleteBody = z.object({ version: z.number().int().positive(), cascade: z.boolean().optional() }).strict()

export const ListQuerySchema = z.object({
  year: z.coerce.number({ error: 'Velg et år.' }).int().min(1990, 'Ugyldig år.').max(2100, 'Ugyldig år.'),
  offer: z.enum(['women', 'men', 'all']).default('all'),
  month: z.coerce.number().int().min(1, 'Ugyldig måned.').max(12, 'Ugyldig måned.').optional(),
  consent: z.enum(['yes', 'no', 'all']).default('all'),
  case_code: z.string().trim().toUpperCase().max(16).optional(),
  /** Stays only: still open, or checked out. */
  status: z.enum(['open', 'closed', 'all']).default('all'),
  ...ListPageQuery,
})

const CaseCodeQuery = z.object({ case_code: z.string().trim().toUpperCase().min(4).max(16) })
/** The case-code lookup: the code, and the form's date and record when it is being edited. */
const CaseHistoryQuery = CaseCodeQuery.extend({
  date: z.string().refine(isCalendarDate, 'Må være en dato (ÅÅÅÅ-MM-DD).').optional(),
  exclude: z.string().uuid('Må være en registrering.').optional(),
})

/**
 * The registration routes of one form — list, create, read, update, delete, withdraw consent —
 * the same for every form, driven by its definition.
 */
export function recordRoutes<F extends FormDef, D = never, R = never>(deps: AppDeps, form: F, options: RecordRouteOptions<D, R> = {}) {
  const { db, clock } = deps
  type Values = FormValues<F>
  // `today` is read at each validation, so one schema serves every day.
  const schema = recordSchema(form, {
    get today() {
      return osloToday(clock.now())
    },
  })
  const CreateBody = withNameConfirmation(schema)
  const UpdateBody = z.object({ version: z.number().int().positive(), values: schema, confirmLikelyName: ConfirmLikelyName }).strict()
  const today = () => osloToday(clock.now())
  const { consentField } = form
  const hasCaseCode = allFields(form).some((f) => f.kind === 'case_code')
  const yearDated = isYearDated(form)
  // `full` holds every answer when `r.values` is a list's subset: derived facts need them all.
  const toBody = (r: StoredRecord, full: RecordValues = r.values) => ({
    ...r,
    values: r.values as Values,
    ...(options.derive && { derived: options.derive(full, today()) }),
  })

  /** The signed-in user writes in their centre, now. */
  const writerOf = (user: AppEnv['Variables']['user']): Writer => {
    const now = clock.now()
    return { centreId: user.centreId, userId: user.id, now, today: osloToday(now) }
  }

  return (
    new Hono<AppEnv>()
      .get('/', validate('query', ListQuerySchema), async (c) => {
        const q = c.req.valid('query')
        if (!consentField && q.consent !== 'all') throw validationFailed([{ path: 'consent', message: 'Skjemaet har ikke spørsmål om samtykke.' }])
        if (!hasCaseCode && q.case_code) throw validationFailed([{ path: 'case_code', message: 'Skjemaet har ikke saksnummer.' }])
        if (yearDated && q.month) throw validationFailed([{ path: 'month', message: 'Skjemaet gjelder et helt år og har ingen måned.' }])
        // A cursor of another form's kind of date (a year where a date belongs) is not ours.
        if (q.cursor && typeof q.cursor.date !== (yearDated ? 'number' : 'string')) throw validationFailed([invalidCursorIssue])
        const centreId = c.get('user').centreId
        const filter = {
          year: q.year,
          ...(q.offer !== 'all' && { offer: q.offer }),
          ...(q.month && { month: q.month }),
          ...(q.consent !== 'all' && { consent: q.consent === 'yes' }),
          ...(q.case_code && { caseCode: q.case_code }),
          ...(q.status !== 'all' && { status: q.status }),
          asOf: today(),
        }
        const { records, total, next } = await listRecords(db, form, centreId, filter, { limit: q.limit, ...(q.cursor && { after: q.cursor }) })
        // Derived facts need every answer, read for this page's records only.
        const ids = records.map((r) => r.id)
        const full = options.derive && new Map((await findRecords(db, form, centreId, { ids })).map((r) => [r.id, r.values]))
        const related = options.related && (await options.related(db, centreId, ids))
        return c.json(
          { records: records.map((r) => ({ ...toBody(r, full?.get(r.id)), ...(related && { related: related(r.id) }) })), total, nextCursor: next && encodeCursor(next) },
          200,
        )
      })
      // What Ly knows of a code across the person's forms (db/case-history.ts), for «Fyll inn»
      // and for saying whether this is the first registration in the year.
      .get('/latest', validate('query', CaseHistoryQuery), async (c) => {
        if (!hasCaseCode) throw notFound('Skjemaet har ikke saksnummer.')
        const q = c.req.valid('query')
        const history = await findCaseHistory(db, form, c.get('user').centreId, q.case_code, { ...(q.date && { date: q.date }), ...(q.exclude && { excludeId: q.exclude }) })
        if (!history) throw notFound('Ingen tidligere registreringer med dette saksnummeret.')
        return c.json({ ...history, values: history.values as Partial<Values> }, 200)
      })
      .post('/', validate('json', CreateBody), async (c) => {
        const body = c.req.valid('json')
        // A child's stay is created from the adult's: `?adult_stay_id=` names the parent record.
        const parentId = form.parent ? c.req.query(form.parent.column) : undefined
        const created = await createRecord(db, form, writerOf(c.get('user')), { values: body.values, parentId, confirmLikelyName: body.confirmLikelyName })
        return c.json(toBody(created), 201)
      })
      .get('/:id', validate('param', IdParam), async (c) => c.json(toBody(await readRecord(db, form, c.get('user').centreId, c.req.valid('param').id)), 200))
      .put('/:id', validate('param', IdParam), validate('json', UpdateBody), async (c) => {
        const body = c.req.valid('json')
        const changed = await changeRecord(db, form, writerOf(c.get('user')), c.req.valid('param').id, body)
        return c.json(toBody(changed), 200)
      })
      .post('/:id/withdraw-consent', validate('param', IdParam), validate('json', VersionBody), async (c) => {
        const withdrawn = await withdrawConsent(db, form, writerOf(c.get('user')), c.req.valid('param').id, c.req.valid('json').version)
        return c.json(toBody(withdrawn), 200)
      })
      .delete('/:id', validate('param', IdParam), validate('json', DeleteBody), async (c) => {
        await deleteRecordOf(db, form, writerOf(c.get('user')), c.req.valid('param').id, c.req.valid('json'))
        return c.body(null, 204)
      })
  )
}

/** New case codes: random, checked against the centre's records so none is handed out twice. */
export function caseCodeRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().post('/', async (c) => {
    const centreId = c.get('user').centreId
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = generateCaseCode()
      if (!(await caseCodeInUse(deps.db, centreId, code))) return c.json({ code }, 201)
    }
    throw new AppError(500, 'case_code_exhausted', 'Kunne ikke lage et nytt saksnummer. Prøv igjen.')
  })
}
