import { Hono } from 'hono'
import { z } from 'zod'
import { osloToday } from '@ly/forms'
import type { AppDeps, AppEnv } from '../deps'
import { checkYear } from '../quality/check'
import { validate } from '../validation'

export const QualityQuery = z.object({
  year: z.coerce.number({ error: 'Velg et år.' }).int('Ugyldig år.').min(1990, 'Ugyldig år.').max(2100, 'Ugyldig år.').optional(),
})

/**
 * Kvalitetskontroll (decision 0027): what in a year's registrations needs attention, each with
 * the record to open. Everyone at the centre reads it — staff fix the records they registered;
 * the year defaults to the current one, the menu's count.
 */
export function qualityRoutes(deps: AppDeps) {
  const { db, clock } = deps
  return new Hono<AppEnv>().get('/', validate('query', QualityQuery), async (c) => {
    const today = osloToday(clock.now())
    const year = c.req.valid('query').year ?? Number(today.slice(0, 4))
    return c.json(await checkYear(db, c.get('user').centreId, year, today), 200)
  })
}
