import { Hono } from 'hono'
import { z } from 'zod'
import { findField, formByKey, osloToday } from '@ly/forms'
import type { AppDeps, AppEnv } from '../deps'
import { requireRole } from '../middleware/require-role'
import { breakdown } from '../statistics/breakdown'
import { asOfPeriod } from '../statistics/stays'
import { comparedForm, indicatorCatalog } from '../statistics/catalog'
import { centreStatistics } from '../statistics/cache'
import { formsWithRecords, loadRecords, unplacedRecords } from '../statistics/load'
import { nationalFigures } from '../statistics/national-figures'
import { isWholeYear, parsePeriod, PeriodError, periodLabel, periodRange, rangePeriod, samePeriodLastYear, yearOfPeriod, yearPeriod, type Period } from '../statistics/period'
import { computeTrend, HEADLINE_INDICATORS, yearsWithData } from '../statistics/trend'
import { validate, validationFailed } from '../validation'

const year = z.coerce.number({ error: 'Velg et år.' }).int().min(1990, 'Ugyldig år.').max(2100, 'Ugyldig år.')
const offer = z.enum(['women', 'men', 'all'], { error: 'Tilbud må være women, men eller all.' }).default('all')

const day = z.string({ error: 'Skriv datoen som ÅÅÅÅ-MM-DD.' }).max(10, 'Skriv datoen som ÅÅÅÅ-MM-DD.').optional()

/** A named period as `pnpm ly stats --period` takes it: 2026, 2026-T2, 2026-Q3, 2026-05, 2026-ytd. */
const periodSpec = z.string({ error: 'Velg en periode.' }).max(12, 'Ukjent periode.').optional()

/** The period fields every statistics route takes. */
const periodShape = { year: year.optional(), period: periodSpec, from: day, to: day, offer }
type PeriodFields = { year?: number; period?: string; from?: string; to?: string }

/**
 * A year, a named period (`period=2026-T2`, decision 0038) or a period of whole days from `from`
 * to `to`, both included (decision 0026). One of the three: `year` alone, `period` alone, or
 * `from` and `to` together; with `optional`, none at all is allowed too (the trend: every whole
 * year). `today` is the Europe/Oslo date that year to date ends on.
 */
const checkPeriod =
  (today: () => string, optional = false) =>
  (q: PeriodFields, ctx: z.RefinementCtx) => {
    if (q.period !== undefined) {
      if (q.year !== undefined || q.from !== undefined || q.to !== undefined)
        return ctx.addIssue({ code: 'custom', path: ['period'], message: 'Velg enten en periode eller år/fra–til, ikke begge.' })
      try {
        parsePeriod(q.period, today())
      } catch (e) {
        if (!(e instanceof PeriodError)) throw e
        ctx.addIssue({ code: 'custom', path: ['period'], message: e.message })
      }
      return
    }
    if (q.from === undefined && q.to === undefined) {
      if (q.year === undefined && !optional) ctx.addIssue({ code: 'custom', path: ['year'], message: 'Velg et år eller en periode (from og to).' })
      return
    }
    if (q.from === undefined) return ctx.addIssue({ code: 'custom', path: ['from'], message: 'Perioden trenger en fra-dato (from).' })
    if (q.to === undefined) return ctx.addIssue({ code: 'custom', path: ['to'], message: 'Perioden trenger en til-dato (to).' })
    try {
      const period = rangePeriod(q.from, q.to)
      if (q.year !== undefined && q.year !== yearOfPeriod(period)) ctx.addIssue({ code: 'custom', path: ['year'], message: 'Året må være periodens år (eller utelates).' })
    } catch (e) {
      if (!(e instanceof PeriodError)) throw e
      ctx.addIssue({ code: 'custom', path: [/til-dato|Til-dato/.test(e.message) ? 'to' : 'from'], message: e.message })
    }
  }

export const statisticsQuery = (today: () => string) => z.object(periodShape).superRefine(checkPeriod(today))

/**
 * The trend: every year with data as whole years, as before; with `year` the whole years up to
 * it; with a period (`period=2026-T2`, `from`/`to`) the same days of every year up to its year.
 */
export const trendQuery = (today: () => string) => z.object(periodShape).superRefine(checkPeriod(today, true))

/** A breakdown of one form's question counts the period asked for, by the same rules. */
export const breakdownQuery = (today: () => string) =>
  z
    .object({
      ...periodShape,
      form: z.string().max(40),
      field: z.string().max(80),
      by: z.string().max(80).optional(),
      population: z.enum(['persons', 'events']).default('persons'),
    })
    .superRefine(checkPeriod(today))

/** The period a valid StatisticsQuery asks for. */
const periodOfQuery = (q: PeriodFields, today: string): Period =>
  q.period !== undefined ? parsePeriod(q.period, today) : q.from !== undefined && q.to !== undefined ? rangePeriod(q.from, q.to) : yearPeriod(q.year!)

/** A period as the dashboard names it: its days (both included) and its words («2. tertial 2026»). */
const namedPeriod = (period: Period) => ({ ...periodRange(period), label: periodLabel(period) })

/** A scope for the kept statistics: the whole year has no period of its own (one cache entry). */
const scopeOf = (period: Period) => ({ year: yearOfPeriod(period), ...(isWholeYear(period) ? {} : { period }) })

/** The centre's own statistics: exact, internal numbers, for leaders (and administrators). */
export function statisticsRoutes(deps: AppDeps) {
  const { db } = deps
  const today = () => osloToday(deps.clock.now())
  // Year to date ends on the app clock's today, so tests can fix it.
  const Query = statisticsQuery(today)
  const TrendQuery = trendQuery(today)
  const BreakdownQuery = breakdownQuery(today)
  return new Hono<AppEnv>()
    .use(requireRole('leader', 'admin'))
    .get('/', validate('query', Query), async (c) => {
      const q = c.req.valid('query')
      return c.json(await centreStatistics(db, c.get('user').centreId, { ...scopeOf(periodOfQuery(q, today())), offer: q.offer, today: today() }), 200)
    })
    .get('/dashboard', validate('query', Query), async (c) => {
      const q = c.req.valid('query')
      const { offer } = q
      const period = periodOfQuery(q, today())
      const centreId = c.get('user').centreId
      // «Samme periode i fjor»: the same days a year earlier (the year before, for a year).
      const lastYear = samePeriodLastYear(period)
      const before = { ...scopeOf(lastYear), offer, today: today() }
      const [current, previous, years, registeredBefore, unplaced, unknownFirst] = await Promise.all([
        centreStatistics(db, centreId, { ...scopeOf(period), offer, today: today() }),
        centreStatistics(db, centreId, before),
        yearsWithData(db, centreId),
        formsWithRecords(db, { ...before, centreId }),
        unplacedRecords(db, { ...scopeOf(period), offer, centreId }),
        unplacedRecords(db, { ...scopeOf(period), offer, centreId }, 'unknown'),
      ])
      // Figures whose form has no record in last year's period: nothing to compare with, not a change from zero.
      const noComparison = indicatorCatalog.filter((e) => {
        const form = comparedForm(e)
        return form ? !(registeredBefore as ReadonlySet<string>).has(form) : registeredBefore.size === 0
      })
      const periods = { current: namedPeriod(period), previous: namedPeriod(lastYear) }
      return c.json(
        {
          current,
          previous,
          periods,
          years,
          headline: HEADLINE_INDICATORS,
          national: nationalFigures,
          catalog: indicatorCatalog,
          noComparison: noComparison.map((e) => e.id),
          unplaced,
          unknownFirst,
        },
        200,
      )
    })
    .get('/trend', validate('query', TrendQuery), async (c) => {
      const q = c.req.valid('query')
      const centreId = c.get('user').centreId
      const years = await yearsWithData(db, centreId)
      const named = q.period !== undefined || q.from !== undefined || q.year !== undefined ? periodOfQuery(q, today()) : null
      // A period's trend ends with the period's year; whole years run to the last with data.
      const last = named ? yearOfPeriod(named) : years?.last
      const period = named && !isWholeYear(named) ? named : undefined
      const points = years && last !== undefined && years.first <= last ? await computeTrend(db, centreId, q.offer, years.first, last, today(), period) : []
      return c.json({ points, ...(period && { period: namedPeriod(period) }) }, 200)
    })
    .get('/breakdown', validate('query', BreakdownQuery), async (c) => {
      const q = c.req.valid('query')
      const form = formByKey(q.form)
      if (!form) throw validationFailed([{ path: 'form', message: 'Ukjent skjema.' }])
      for (const [path, key] of [
        ['field', q.field],
        ['by', q.by],
      ] as const) {
        if (key === undefined) continue
        const field = findField(form, key)
        if (!field || !('options' in field)) throw validationFailed([{ path, message: 'Velg et spørsmål med svaralternativer fra samme skjema.' }])
      }
      const period = periodOfQuery(q, today())
      const records = await loadRecords(db, form, { centreId: c.get('user').centreId, ...scopeOf(period), offer: q.offer, today: today() })
      return c.json({ ...breakdown(form, records, q.field, q.by ?? null, q.population, period, asOfPeriod(period, today())), period: namedPeriod(period) }, 200)
    })
}
