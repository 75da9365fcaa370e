import { Hono } from 'hono'
import { z } from 'zod'
import type { AppDeps, AppEnv } from '../deps'
import { requireRole } from '../middleware/require-role'
import { computeStatistics } from '../statistics/engine'
import { validate } from '../validation'

export const StatisticsQuery = z.object({
  year: z.coerce.number({ error: 'Velg et år.' }).int().min(1990, 'Ugyldig år.').max(2100, 'Ugyldig år.'),
  offer: z.enum(['women', 'men', 'all'], { error: 'Tilbud må være women, men eller all.' }).default('all'),
})

/** The centre's own statistics: exact, internal numbers, for leaders (and administrators). */
export function statisticsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .use(requireRole('leader', 'admin'))
    .get('/', validate('query', StatisticsQuery), async (c) => {
      const { year, offer } = c.req.valid('query')
      return c.json(await computeStatistics(deps.db, { centreId: c.get('user').centreId, year, offer }), 200)
    })
}
