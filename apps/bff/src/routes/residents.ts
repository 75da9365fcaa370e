import { Hono } from 'hono'
import { z } from 'zod'
import { adultStayForm, childStayForm, findField, optionLabel, osloToday, type FormDef } from '@ly/forms'
import type { Db } from '../db/database'
import { countByParent, findRecord, findRecords, type StoredRecord } from '../db/records'
import type { AppDeps, AppEnv } from '../deps'
import { notFound } from '../errors'
import { stayFacts } from '../records/stay-rules'
import { loadPlaceRows } from '../statistics/places'
import { validate } from '../validation'
import { recordRoutes } from './records'

const IdParam = z.object({ id: z.string().min(1).max(64) })
const OccupancyQuery = z.object({ offer: z.enum(['women', 'men', 'all']).default('all') })

const adultFacts = stayFacts(adultStayForm)
const childFacts = stayFacts(childStayForm)

/** The list's "Barn" column: each stay's children counted for the whole page at once. */
async function adultRelated(db: Db, centreId: string, ids: readonly string[]) {
  const counts = await countByParent(db, childStayForm, centreId, ids)
  return (id: string) => ({ children: counts.get(id) ?? 0 })
}

/**
 * Adult residents' stays: the generic record routes (the stay rules are the records service's), and the children of a
 * stay (each list row carries how many, `related.children`). Check-out is an update that sets `stay_end_date` (audited as `record.checked_out`);
 * deleting a stay with children needs `cascade: true`.
 */
export function adultStayRoutes(deps: AppDeps) {
  return recordRoutes(deps, adultStayForm, { derive: adultFacts, related: adultRelated }).get('/:id/children', validate('param', IdParam), async (c) => {
    const centreId = c.get('user').centreId
    const adult = await findRecord(deps.db, adultStayForm, centreId, c.req.valid('param').id)
    if (!adult) throw notFound('Fant ikke oppholdet. Det kan være slettet.')
    const today = osloToday(deps.clock.now())
    const children = await findRecords(deps.db, childStayForm, centreId, { parentId: adult.id })
    return c.json({ records: children.map((r) => ({ ...r, derived: childFacts(r.values, today) })) }, 200)
  })
}

/** Children's stays, each created from its adult's stay: `POST /api/child-stays?adult_stay_id=…`. */
export const childStayRoutes = (deps: AppDeps) => recordRoutes(deps, childStayForm, { derive: childFacts })

/** The sex answer in the form's own words («Kvinne», «Jente»), for telling the board's rows apart. */
function sexOf(form: FormDef, values: StoredRecord['values']) {
  const key = values.sex
  const field = findField(form, 'sex')
  return typeof key === 'string' && field ? { key, label: optionLabel(field, key) } : null
}

function boardEntry(form: FormDef, r: StoredRecord, today: string) {
  const facts = (form === adultStayForm ? adultFacts : childFacts)(r.values, today)
  return {
    form: form.key,
    id: r.id,
    version: r.version,
    adultStayId: r.parentId ?? null,
    caseCode: (r.values.case_code as string | null) ?? null,
    offer: r.values.offer as 'women' | 'men',
    consent: r.values.consent_to_statistics === true,
    startDate: r.values.stay_start_date as string,
    nights: facts.nights,
    missing: facts.missing,
    // Answered only with consent; null otherwise. Categories, never a name.
    sex: sexOf(form, r.values),
    age: typeof r.values.age === 'number' ? r.values.age : null,
  }
}

/**
 * "Nå på senteret": the open stays of adults and children, by case code — never by name — with
 * the places the annual centre form gives, so the board can say how many are free.
 */
export function occupancyRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get('/', validate('query', OccupancyQuery), async (c) => {
    const { offer } = c.req.valid('query')
    const centreId = c.get('user').centreId
    const today = osloToday(deps.clock.now())
    const query = { open: true, ...(offer !== 'all' && { offer }) }
    const adults = await findRecords(deps.db, adultStayForm, centreId, query)
    const children = await findRecords(deps.db, childStayForm, centreId, query)
    // The places rule of the occupancy figures (CAP-03/04), so the board and the statistics agree.
    const places = (await loadPlaceRows(deps.db, centreId, Number(today.slice(0, 4)), offer)).map(({ offer, year, beds }) => ({ offer, year, beds }))
    return c.json(
      {
        asOf: today,
        offer,
        places,
        adults: adults.map((r) => boardEntry(adultStayForm, r, today)),
        children: children.map((r) => boardEntry(childStayForm, r, today)),
      },
      200,
    )
  })
}
