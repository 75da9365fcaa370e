import { describe, expect, it } from 'vitest'
import { dayVisitForm, recordSchema, type RecordValues } from '@ly/forms'
import { dayVisitInput } from '@ly/forms/testing'
import { insertCentre } from '../db/centres'
import { insertRecord } from '../db/records'
import { createTestApp, type TestContext } from '../testing/test-app'
import { centreStatistics, nationalStatistics } from './cache'
import { computeStatistics } from './engine'

const schema = recordSchema(dayVisitForm, { today: '2026-12-31' })
const scope = { year: 2026, offer: 'all', today: '2026-03-02' } as const

async function visit(ctx: TestContext, centreId: string, input: Partial<RecordValues> = {}) {
  const userId = (await ctx.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id
  return insertRecord(ctx.db, dayVisitForm, centreId, userId, schema.parse(dayVisitInput({ visit_date: '2026-02-10', ...input })), ctx.clock.now())
}

async function twoCentres() {
  const ctx = await createTestApp()
  const other = (await insertCentre(ctx.db, 'Andre senter', ctx.clock.now())).id
  await visit(ctx, ctx.centre.centreId)
  await visit(ctx, other)
  return { ctx, mine: ctx.centre.centreId, other }
}

describe('kept statistics (decision 0016)', () => {
  it('keeps a centre’s figures until its own registrations change', async () => {
    const { ctx, mine, other } = await twoCentres()
    const first = await centreStatistics(ctx.db, mine, scope)
    expect(await centreStatistics(ctx.db, mine, scope)).toBe(first)
    // Another centre's write leaves this centre's figures as they were.
    await visit(ctx, other)
    expect(await centreStatistics(ctx.db, mine, scope)).toBe(first)
    await visit(ctx, mine)
    const after = await centreStatistics(ctx.db, mine, scope)
    expect(after).not.toBe(first)
    expect(after.indicators['D-02']?.value).toBe(2)
    expect(after).toEqual(await computeStatistics(ctx.db, { centreId: mine, ...scope }))
  })

  // Decision 0058: the dashboard's «samme periode i fjor» stays kept through this year's registrations.
  it('keeps a year’s figures through registrations of other years, and not through one of its own', async () => {
    const { ctx, mine } = await twoCentres()
    const lastYear = { ...scope, year: 2025 }
    const before = await centreStatistics(ctx.db, mine, lastYear)
    const thisYear = await centreStatistics(ctx.db, mine, scope)
    await visit(ctx, mine, { visit_date: '2026-02-11' })
    expect(await centreStatistics(ctx.db, mine, lastYear)).toBe(before)
    expect((await centreStatistics(ctx.db, mine, scope)).indicators['D-02']?.value).toBe(thisYear.indicators['D-02']!.value! + 1)
    await visit(ctx, mine, { visit_date: '2025-11-20' })
    const after = await centreStatistics(ctx.db, mine, lastYear)
    expect(after).not.toBe(before)
    expect(after.indicators['D-02']?.value).toBe(1)
    expect(after).toEqual(await computeStatistics(ctx.db, { centreId: mine, ...lastYear }))
    // A change to last year's visit, made without the API, is seen too.
    await ctx.db.updateTable('day_visits').set({ age: 61 }).where('centre_id', '=', mine).where('visit_date', '=', '2025-11-20').execute()
    expect((await centreStatistics(ctx.db, mine, lastYear)).indicators['D-10']?.value).toBe(61)
  })

  it('sees a write that did not come through the API (an import, another server), since the database counts it', async () => {
    const { ctx, mine } = await twoCentres()
    const before = await centreStatistics(ctx.db, mine, scope)
    expect(before.indicators['D-10']?.value).toBe(34)
    await ctx.db.updateTable('day_visits').set({ age: 60 }).where('centre_id', '=', mine).execute()
    expect((await centreStatistics(ctx.db, mine, scope)).indicators['D-10']?.value).toBe(60)
    await ctx.db.deleteFrom('day_visits').where('centre_id', '=', mine).execute()
    expect((await centreStatistics(ctx.db, mine, scope)).indicators['D-02']?.value).toBe(0)
  })

  it('keeps figures apart by year, offer and the day open stays are counted to', async () => {
    const { ctx, mine } = await twoCentres()
    const a = await centreStatistics(ctx.db, mine, scope)
    expect(await centreStatistics(ctx.db, mine, { ...scope, offer: 'men' })).not.toBe(a)
    expect(await centreStatistics(ctx.db, mine, { ...scope, today: '2026-03-03' })).not.toBe(a)
    expect((await centreStatistics(ctx.db, mine, { ...scope, year: 2025 })).indicators['D-02']?.value).toBe(0)
  })

  it('hands out documents nobody can change, so one caller cannot corrupt the next one’s figures', async () => {
    const { ctx, mine } = await twoCentres()
    const doc = await centreStatistics(ctx.db, mine, scope)
    expect(() => {
      doc.indicators['D-02']!.value = 99
    }).toThrow(TypeError)
    expect((await centreStatistics(ctx.db, mine, scope)).indicators['D-02']?.value).toBe(1)
  })

  it('gives national figures equal to the statistics over every record, before and after a centre writes', async () => {
    const { ctx, mine, other } = await twoCentres()
    const all = () => computeStatistics(ctx.db, { centreId: 'all', ...scope })
    expect(await nationalStatistics(ctx.db, scope)).toEqual(await all())
    await visit(ctx, other, { case_code: 'KODE7', first_visit_in_year: null, sex: 'male', age: 70 })
    await visit(ctx, mine, { case_code: 'KODE7', first_visit_in_year: null, sex: 'male', age: 20 })
    const national = await nationalStatistics(ctx.db, scope)
    expect(national).toEqual(await all())
    expect(national.indicators['D-01']?.categories?.male?.count).toBe(2)
    expect(national.centre).toBe('all')
  })
})
