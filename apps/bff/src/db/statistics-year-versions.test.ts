import { beforeEach, describe, expect, it } from 'vitest'
import {
  adultStayForm,
  centreYearForm,
  childStayForm,
  choicesTable,
  dayVisitForm,
  incomingCallForm,
  phoneSessionForm,
  recordSchema,
  turnedAwayForm,
  type FormDef,
  type RecordValues,
} from '@ly/forms'
import {
  bareAdultStayInput,
  bareChildStayInput,
  bareDayVisitInput,
  barePhoneSessionInput,
  centreYearInput,
  dayVisitInput,
  quickCallInput,
  turnedAwayInput,
} from '@ly/forms/testing'
import { createTwoCentreApp, type TestContext } from '../testing/test-app'
import { addOutgoingCalls } from './outgoing-calls'
import { deleteRecord, insertRecord } from './records'
import { runInCentreScope } from './scope'
import { readStatisticsYearVersions } from './statistics-versions'

/**
 * Migration 2026-12-08-04 (decision 0058): a write moves the version of every year whose
 * statistics read the written row, and of no other year nor centre. Run on SQLite (bff) and
 * PostgreSQL (bff-postgres) alike.
 */
const parse = (form: FormDef, input: object) => recordSchema(form, { today: '2026-12-31' }).parse(input) as RecordValues

let ctx: TestContext
let centreA: string
let centreB: string
let userA: string

beforeEach(async () => {
  ;({ ctx, centreA, centreB, userA } = await createTwoCentreApp())
})

const YEARS = [2023, 2024, 2025, 2026, 2027, 2030] as const

/** Every year's version of each centre. */
async function versions() {
  const of = async (year: number) => {
    const all = await readStatisticsYearVersions(ctx.db, year)
    return { a: all.get(centreA) ?? 0, b: all.get(centreB) ?? 0 }
  }
  return Object.fromEntries(await Promise.all(YEARS.map(async (y) => [y, await of(y)] as const)))
}

/** The years of centre A whose version `write` moved; fails if it moved any of B's. */
async function movedYears(write: () => Promise<unknown>): Promise<number[]> {
  const before = await versions()
  await write()
  const after = await versions()
  for (const y of YEARS) expect(after[y]!.b, `B ${y}`).toBe(before[y]!.b)
  return YEARS.filter((y) => after[y]!.a !== before[y]!.a)
}

const insert = (form: FormDef, input: object, parentId?: string, centreId = centreA) =>
  ctx.db.transaction().execute((trx) => insertRecord(trx, form, centreId, centreId === centreA ? userA : null, parse(form, input), ctx.clock.now(), parentId))

describe('statistics versions per year', () => {
  it('a centre-year never written reads as no version, and one centre’s write is its own', async () => {
    expect(await readStatisticsYearVersions(ctx.db, 2026)).toEqual(new Map())
    await insert(dayVisitForm, bareDayVisitInput({ visit_date: '2026-03-01' }), undefined, centreB)
    expect([...(await readStatisticsYearVersions(ctx.db, 2026)).keys()]).toEqual([centreB])
    expect(await readStatisticsYearVersions(ctx.db, 2026, centreA)).toEqual(new Map())
    expect(await readStatisticsYearVersions(ctx.db, 2025)).toEqual(new Map())
  })

  const dated: [string, FormDef, (date: string) => object][] = [
    ['day visit', dayVisitForm, (d) => bareDayVisitInput({ visit_date: d })],
    ['phone session', phoneSessionForm, (d) => barePhoneSessionInput({ session_date: d })],
    ['incoming call', incomingCallForm, (d) => quickCallInput({ call_date: d })],
    ['turned-away request', turnedAwayForm, (d) => turnedAwayInput({ request_date: d })],
  ]

  it.each(dated)('a %s moves the year of its date only', async (_, form, input) => {
    expect(await movedYears(() => insert(form, input('2025-06-30')))).toEqual([2025])
    expect(await movedYears(() => insert(form, input('2026-01-01')))).toEqual([2026])
  })

  it('a stay moves every year from its start to its end, a move-out on 1 January included', async () => {
    expect(await movedYears(() => insert(adultStayForm, { ...bareAdultStayInput({ stay_start_date: '2024-12-20' }), stay_end_date: '2025-01-01' }))).toEqual([2024, 2025])
    expect(await movedYears(() => insert(adultStayForm, { ...bareAdultStayInput({ stay_start_date: '2024-03-01' }), stay_end_date: '2026-02-01' }))).toEqual([2024, 2025, 2026])
  })

  it('an open stay moves its start year and every year after', async () => {
    expect(await movedYears(() => insert(adultStayForm, bareAdultStayInput({ stay_start_date: '2025-11-01' })))).toEqual([2025, 2026, 2027, 2030])
  })

  it("a child's stay moves its own years", async () => {
    const adult = await insert(adultStayForm, bareAdultStayInput({ stay_start_date: '2026-02-01' }))
    expect(await movedYears(() => insert(childStayForm, { ...bareChildStayInput({ stay_start_date: '2026-02-01' }), stay_end_date: '2026-02-10' }, adult))).toEqual([2026])
  })

  it('moving a registration to another year moves both years, and not the one between', async () => {
    const id = await insert(dayVisitForm, bareDayVisitInput({ visit_date: '2024-05-01' }))
    expect(await movedYears(() => ctx.db.updateTable('day_visits').set({ visit_date: '2026-05-01' }).where('id', '=', id).execute())).toEqual([2024, 2026])
  })

  it('a change of ticked options alone moves its record’s years, and deleting the record moves them too', async () => {
    const id = await insert(dayVisitForm, dayVisitInput({ visit_date: '2025-04-01' }))
    const table = choicesTable(dayVisitForm)
    const choice = { record_id: id, field: 'ly_test_field', category: 'ly_test_option' }
    expect(await movedYears(() => ctx.db.insertInto(table).values(choice).execute())).toEqual([2025])
    expect(await movedYears(() => ctx.db.updateTable(table).set({ category: 'ly_other_option' }).where('record_id', '=', id).where('field', '=', choice.field).execute())).toEqual([
      2025,
    ])
    expect(await movedYears(() => ctx.db.transaction().execute((trx) => deleteRecord(trx, dayVisitForm, centreA, id, 1)))).toEqual([2025])
  })

  it('outgoing calls move the year of their day', async () => {
    const add = () =>
      ctx.db.transaction().execute((trx) => addOutgoingCalls(trx, { centreId: centreA, offer: 'women', date: '2025-03-02', recipientType: 'police' }, 1, userA, ctx.clock.now()))
    expect(await movedYears(add)).toEqual([2025])
    expect(await movedYears(add)).toEqual([2025])
  })

  it('the annual form moves its year and every later one (their places come from it until they have their own)', async () => {
    expect(await movedYears(() => insert(centreYearForm, centreYearInput({ report_year: 2025 })))).toEqual([2025, 2026, 2027, 2030])
  })

  // As an import or retention writes: many statements in one transaction. On PostgreSQL each
  // span is stepped once per transaction, so each transaction must move its years anew.
  it('each transaction of many writes moves its years again, and only those', async () => {
    const many = () =>
      ctx.db.transaction().execute(async (trx) => {
        for (const date of ['2024-02-01', '2024-03-01', '2026-02-01'])
          await insertRecord(trx, dayVisitForm, centreA, userA, parse(dayVisitForm, dayVisitInput({ visit_date: date })), ctx.clock.now())
        await insertRecord(
          trx,
          adultStayForm,
          centreA,
          userA,
          parse(adultStayForm, { ...bareAdultStayInput({ stay_start_date: '2024-02-01' }), stay_end_date: '2024-03-01' }),
          ctx.clock.now(),
        )
      })
    for (let i = 0; i < 3; i++) expect(await movedYears(many)).toEqual([2024, 2026])
  })

  it('a write rolled back leaves every year as it was', async () => {
    const failing = () =>
      ctx.db.transaction().execute(async (trx) => {
        await insertRecord(trx, dayVisitForm, centreA, userA, parse(dayVisitForm, dayVisitInput({ visit_date: '2025-02-01' })), ctx.clock.now())
        throw new Error('rolled back')
      })
    expect(await movedYears(() => failing().catch(() => undefined))).toEqual([])
  })

  // On PostgreSQL a request's writes run under row-level security (migration 10): the triggers
  // must find a choice's record there too, as the plain app role.
  it("a centre's own request scope moves its years", async () => {
    const scoped = <T>(fn: () => Promise<T>) => runInCentreScope(centreA, fn)
    expect(await movedYears(() => scoped(() => insert(dayVisitForm, dayVisitInput({ visit_date: '2025-04-01' }))))).toEqual([2025])
    expect((await scoped(() => readStatisticsYearVersions(ctx.db, 2025))).get(centreA)).toBeGreaterThan(0)
  })
})
