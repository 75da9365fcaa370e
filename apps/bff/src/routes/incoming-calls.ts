import { Hono } from 'hono'
import { z } from 'zod'
import { centreOptionFields, incomingCallForm, isCalendarDate, ISO_DATE, type CentreOption } from '@ly/forms'
import { minutesAgo } from '../clock'
import { recordAudit } from '../db/audit'
import { loadCentreOptionLists } from '../db/centre-options'
import { countCallsOfDay, findLatestOwnCall } from '../db/incoming-calls'
import { findRecord } from '../db/records'
import type { AppDeps, AppEnv } from '../deps'
import { AppError, notFound } from '../errors'
import { deleteRow } from '../records/writes'
import { validate } from '../validation'
import { categoryWords, centreOptionRoutes } from './centre-options'
import { recordRoutes } from './records'

/** How long after registering a call its author may still undo it with one key. */
export const UNDO_WINDOW_MINUTES = 10

const form = incomingCallForm
const callerTypeField = centreOptionFields(form).find((f) => f.key === 'caller_type')!

/** The centre's caller categories (settings): read by everyone, edited by administrators. */
export const callerCategoryRoutes = (deps: AppDeps) => centreOptionRoutes(deps, callerTypeField, categoryWords)

const TallyQuery = z.object({
  date: z.string({ error: 'Velg en dato.' }).regex(ISO_DATE, 'Må være en dato (ÅÅÅÅ-MM-DD).').refine(isCalendarDate, 'Må være en gyldig dato.'),
  offer: z.enum(['women', 'men', 'all']).default('all'),
})

/** The id the SPA believes is the latest, so an undo never removes a call the user did not see. */
const UndoBody = z.object({ id: z.string().min(1).max(64).optional() }).strict()

/**
 * The duty-phone log: the generic record routes (list, create, edit, delete) plus what quick
 * entry needs — today's tally and "undo my last call".
 */
export function incomingCallRoutes(deps: AppDeps) {
  const { db, clock } = deps
  return new Hono<AppEnv>()
    .get('/tally', validate('query', TallyQuery), async (c) => {
      const { date, offer } = c.req.valid('query')
      const centreId = c.get('user').centreId
      const rows = await countCallsOfDay(db, centreId, date, offer === 'all' ? undefined : offer)
      const categories = (await loadCentreOptionLists(db, centreId, form)).caller_type ?? []
      const inScope = rows.filter((r) => r.inScope)
      const countOf = (key: string) => inScope.filter((r) => r.callerType === key).reduce((n, r) => n + r.calls, 0)
      // Zero-filled over the categories in use; a retired one shows only if it was used that day.
      const byCallerType = categories.map((o: CentreOption) => ({ key: o.key, label: o.label, retired: o.retired, count: countOf(o.key) })).filter((t) => !t.retired || t.count > 0)
      const sum = (list: typeof rows, pick: (r: (typeof rows)[number]) => number) => list.reduce((n, r) => n + pick(r), 0)
      return c.json(
        {
          date,
          offer,
          total: sum(rows, (r) => r.calls),
          inScope: sum(inScope, (r) => r.calls),
          crisisCalls: sum(inScope, (r) => r.crisisCalls),
          byCallerType,
        },
        200,
      )
    })
    .post('/undo-last', validate('json', UndoBody), async (c) => {
      const user = c.get('user')
      const { id: expected } = c.req.valid('json')
      const now = clock.now()
      // Only the user's own call, only within the window: undo can never reach someone else's work.
      const undone = await db.transaction().execute(async (trx) => {
        const latest = await findLatestOwnCall(trx, user.centreId, user.id, minutesAgo(clock, UNDO_WINDOW_MINUTES))
        if (!latest) throw notFound(`Du har ingen registrering fra de siste ${UNDO_WINDOW_MINUTES} minuttene å angre.`)
        if (expected && expected !== latest.id) {
          throw new AppError(409, 'conflict', 'Den siste registreringen din er en annen enn den du ville angre. Last inn på nytt.')
        }
        const record = await findRecord(trx, form, user.centreId, latest.id)
        if (!record || !(await deleteRow(trx, form, user.centreId, latest.id, latest.version))) {
          throw new AppError(409, 'conflict', 'Registreringen ble endret samtidig. Last inn på nytt.')
        }
        await recordAudit(trx, { centreId: user.centreId, actorUserId: user.id, action: 'record.undone', targetKind: form.key, targetId: latest.id }, now)
        return record
      })
      return c.json({ undone }, 200)
    })
    .route('/', recordRoutes(deps, form))
}
