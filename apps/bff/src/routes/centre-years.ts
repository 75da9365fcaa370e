import { Hono } from 'hono'
import { z } from 'zod'
import { carryForward, centreYearForm, FIRST_CENTRE_YEAR, offerKeys, osloToday, type CentreYearForm, type DroppedOption, type FormValues } from '@ly/forms'
import type { AppDeps, AppEnv } from '../deps'
import { requireRole } from '../middleware/require-role'
import { findCentreYear } from '../records/centre-year'
import { annualFormProposals } from '../statistics/annual-form-proposals'
import { validate } from '../validation'
import { recordRoutes } from './records'

/** `GET /prefill`: the answers to start the year from, or nulls when there is no earlier year. */
interface PrefillBody {
  fromYear: number | null
  values: FormValues<CentreYearForm> | null
  dropped: (DroppedOption & { message: string })[]
}

const PrefillQuery = z.object({
  year: z.coerce.number({ error: 'Velg et år.' }).int('Velg et år.').min(FIRST_CENTRE_YEAR, 'Ugyldig år.').max(2100, 'Ugyldig år.'),
  offer: z.enum(offerKeys, { error: 'Velg tilbudet til kvinner eller til menn.' }),
})

/**
 * The annual centre form (samleskjema, `centre_year`) for leaders and administrators: the generic
 * record routes, one record per offer and year, plus `GET /prefill?year=&offer=` — the latest
 * earlier year's answers carried forward to `year`'s options, naming what was dropped — and
 * `GET /proposals?year=&offer=`, Ly's answers to the capacity questions from the year's records.
 */
export function centreYearRoutes(deps: AppDeps) {
  return (
    new Hono<AppEnv>()
      .use(requireRole('leader', 'admin'))
      .get('/prefill', validate('query', PrefillQuery), async (c) => {
        const { year, offer } = c.req.valid('query')
        const earlier = await findCentreYear(deps.db, c.get('user').centreId, offer, year, true)
        let body: PrefillBody = { fromYear: null, values: null, dropped: [] }
        if (earlier) {
          const fromYear = earlier.values.report_year as number
          const { values, dropped } = carryForward(centreYearForm, earlier.values, year)
          body = {
            fromYear,
            values: values as FormValues<CentreYearForm>,
            dropped: dropped.map((d) => ({ ...d, message: `«${d.label}» (${d.fieldLabel}) kan ikke velges for ${year} og er ikke tatt med fra ${fromYear}.` })),
          }
        }
        return c.json(body, 200)
      })
      // Ly's proposals for «Har boligtilbudet vært fullt …» and «Hva gjøres når botilbudet er fullt?» (issue 22 §1).
      .get('/proposals', validate('query', PrefillQuery), async (c) => {
        const { year, offer } = c.req.valid('query')
        return c.json(await annualFormProposals(deps.db, c.get('user').centreId, year, offer, osloToday(deps.clock.now())), 200)
      })
      .route('/', recordRoutes(deps, centreYearForm))
  )
}
