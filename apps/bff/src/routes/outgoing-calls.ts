import { Hono } from 'hono'
import { z } from 'zod'
import { centreOptionFields, incomingCallForm, isCalendarDate, ISO_DATE, offerKeys, OPTION_KEY, osloToday } from '@ly/forms'
import { recordAudit } from '../db/audit'
import { loadCentreOptions } from '../db/centre-options'
import type { Db } from '../db/database'
import { addOutgoingCalls, countOutgoingCalls } from '../db/outgoing-calls'
import type { AppDeps, AppEnv } from '../deps'
import { validate, validationFailed } from '../validation'
import { assertYearsOpen } from '../year-lock/guard'

// Recipients are the centre's caller categories: one list for calls in and out (S1:166-168).
const recipientField = centreOptionFields(incomingCallForm).find((f) => f.key === 'caller_type')!

const DateString = z.string({ error: 'Velg en dato.' }).regex(ISO_DATE, 'Må være en dato (ÅÅÅÅ-MM-DD).').refine(isCalendarDate, 'Må være en gyldig dato.')
const DayQuery = z.object({ date: DateString, offer: z.enum(['women', 'men', 'all']).default('all') })
const AddBody = z
  .object({
    date: DateString,
    offer: z.enum(offerKeys, { error: 'Velg tilbud.' }),
    recipient_type: z.string({ error: 'Velg mottaker.' }).regex(OPTION_KEY, 'Ugyldig valg.'),
    delta: z
      .number({ error: 'Må være et tall.' })
      .int('Må være et helt tall.')
      .min(-99)
      .max(99)
      .refine((n) => n !== 0, 'Kan ikke være 0.'),
  })
  .strict()

/** Outgoing calls per day: read the day's counts, add to (or correct) one of them. */
export function outgoingCallRoutes(deps: AppDeps) {
  const { db, clock } = deps

  async function day(trx: Db, centreId: string, date: string, offer: 'women' | 'men' | 'all') {
    const counts = await countOutgoingCalls(trx, centreId, date, offer === 'all' ? undefined : offer)
    const byRecipientType = (await loadCentreOptions(trx, centreId, recipientField))
      .map((o) => ({ key: o.key, label: o.label, retired: o.retired, count: counts.get(o.key) ?? 0 }))
      .filter((r) => !r.retired || r.count > 0)
    return { date, offer, total: [...counts.values()].reduce((a, b) => a + b, 0), byRecipientType }
  }

  return new Hono<AppEnv>()
    .get('/', validate('query', DayQuery), async (c) => {
      const { date, offer } = c.req.valid('query')
      return c.json(await day(db, c.get('user').centreId, date, offer), 200)
    })
    .post('/add', validate('json', AddBody), async (c) => {
      const user = c.get('user')
      const body = c.req.valid('json')
      if (body.date > osloToday(clock.now())) throw validationFailed([{ path: 'date', message: 'Datoen kan ikke være etter i dag.' }])
      const now = clock.now()
      const result = await db.transaction().execute(async (trx) => {
        // The day's counts are part of its year's statistics: a finalised year refuses them.
        const year = Number(body.date.slice(0, 4))
        await assertYearsOpen(trx, user.centreId, [[year, year]])
        const option = (await loadCentreOptions(trx, user.centreId, recipientField)).find((o) => o.key === body.recipient_type)
        // A retired category may still be corrected downwards on a day that used it.
        if (!option || (option.retired && body.delta > 0)) throw validationFailed([{ path: 'recipient_type', message: 'Ugyldig valg.' }])
        const key = { centreId: user.centreId, offer: body.offer, date: body.date, recipientType: body.recipient_type }
        if ((await addOutgoingCalls(trx, key, body.delta, user.id, now)) === null) {
          throw validationFailed([{ path: 'delta', message: 'Antallet kan ikke bli mindre enn 0.' }])
        }
        await recordAudit(
          trx,
          {
            centreId: user.centreId,
            actorUserId: user.id,
            action: 'outgoing_calls.counted',
            targetKind: 'outgoing_calls',
            details: { recipient_type: body.recipient_type, delta: body.delta },
          },
          now,
        )
        return day(trx, user.centreId, body.date, body.offer)
      })
      return c.json(result, 200)
    })
}
