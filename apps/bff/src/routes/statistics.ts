import { Hono } from 'hono'
import { z } from 'zod'
import { findField, formByKey, osloToday } from '@ly/forms'
import type { AppDeps, AppEnv } from '../deps'
import { requireRole } from '../middleware/require-role'
import { breakdown } from '../statistics/breakdown'
import { asOfFor } from '../statistics/stays'
import { indicatorCatalog } from '../statistics/catalog'
import { centreStatistics } from '../statistics/cache'
import { loadRecords } from '../statistics/load'
import { nationalFigures } from '../statistics/national-figures'
import { computeTrend, HEADLINE_INDICATORS, yearsWithData } from '../statistics/trend'
import { validate, validationFailed } from '../validation'

const year = z.coerce.number({ error: 'Velg et år.' }).int().min(1990, 'Ugyldig år.').max(2100, 'Ugyldig år.')
const offer = z.enum(['women', 'men', 'all'], { error: 'Tilbud må være women, men eller all.' }).default('all')

export const StatisticsQuery = z.object({ year, offer })
export const TrendQuery = z.object({ offer })
export const BreakdownQuery = z.object({
  year,
  offer,
  form: z.string().max(40),
  field: z.string().max(80),
  by: z.string().max(80).optional(),
  population: z.enum(['persons', 'events']).default('persons'),
})

/** The centre's own statistics: exact, internal numbers, for leaders (and administrators). */
export function statisticsRoutes(deps: AppDeps) {
  const { db } = deps
  const today = () => osloToday(deps.clock.now())
  return new Hono<AppEnv>()
    .use(requireRole('leader', 'admin'))
    .get('/', validate('query', StatisticsQuery), async (c) => {
      const q = c.req.valid('query')
      return c.json(await centreStatistics(db, c.get('user').centreId, { ...q, today: today() }), 200)
    })
    .get('/dashboard', validate('query', StatisticsQuery), async (c) => {
      const { year, offer } = c.req.valid('query')
      const centreId = c.get('user').centreId
      const [current, previous, years] = await Promise.all([
        centreStatistics(db, centreId, { year, offer, today: today() }),
        centreStatistics(db, centreId, { year: year - 1, offer, today: today() }),
        yearsWithData(db, centreId),
      ])
      return c.json({ current, previous, years, headline: HEADLINE_INDICATORS, national: nationalFigures, catalog: indicatorCatalog }, 200)
    })
    .get('/trend', validate('query', TrendQuery), async (c) => {
      const { offer } = c.req.valid('query')
      const centreId = c.get('user').centreId
      const years = await yearsWithData(db, centreId)
      return c.json({ points: years ? await computeTrend(db, centreId, offer, years.first, years.last, today()) : [] }, 200)
    })
    .get('/breakdown', validate('query', BreakdownQuery), async (c) => {
      const q = c.req.valid('query')
      const form = formByKey(q.form)
      if (!form) throw validationFailed([{ path: 'form', message: 'Ukjent skjema.' }])
      for (const [path, key] of [['field', q.field], ['by', q.by]] as const) {
        if (key === undefined) continue
        const field = findField(form, key)
        if (!field || !('options' in field)) throw validationFailed([{ path, message: 'Velg et spørsmål med svaralternativer fra samme skjema.' }])
      }
      const records = await loadRecords(db, form, { centreId: c.get('user').centreId, year: q.year, offer: q.offer, today: today() })
      return c.json(breakdown(form, records, q.field, q.by ?? null, q.population, q.year, asOfFor(q.year, today())), 200)
    })
}
