import { beforeEach, describe, expect, it } from 'vitest'
import { adultStayForm, childStayForm, choicesTable, dayVisitForm, incomingCallForm, phoneSessionForm, recordSchema, type FormDef, type RecordValues } from '@ly/forms'
import {
  bareDayVisitInput,
  dayVisitInput,
  barePhoneSessionInput,
  phoneSessionInput,
  quickCallInput,
  adultStayInput,
  bareAdultStayInput,
  bareChildStayInput,
  childStayInput,
} from '@ly/forms/testing'
import { createCentreWithAdmin } from '../bootstrap'
import { createTwoCentreApp, type TestContext } from '../testing/test-app'
import { copyToPostgres } from '../migrate-to-postgres/copy'
import { openSqlite } from './database'
import { migrateToLatest } from './migrate'
import { addOutgoingCalls } from './outgoing-calls'
import { deleteRecord, findRecord, insertRecord, updateRecord } from './records'
import { runInCentreScope } from './scope'
import { readStatisticsVersions } from './statistics-versions'

/**
 * Migration 2026-11-22-11: every write to what the statistics read moves the written centre's
 * version, whoever writes it — here through the same functions the routes, the import and the
 * demo use. Run on SQLite (bff) and PostgreSQL (bff-postgres) alike.
 */
const parse = (form: FormDef, input: object) => recordSchema(form, { today: '2026-12-31' }).parse(input) as RecordValues

let ctx: TestContext
let centreA: string
let centreB: string
let userA: string
let userB: string

beforeEach(async () => {
  ;({ ctx, centreA, centreB, userA, userB } = await createTwoCentreApp())
})

/** One centre's version; a centre never written has none, which reads as 0. */
const versionOf = async (centreId: string) => (await readStatisticsVersions(ctx.db, centreId)).get(centreId) ?? 0

const insert = (form: FormDef, centreId: string, input: object, parentId?: string) =>
  ctx.db.transaction().execute((trx) => insertRecord(trx, form, centreId, centreId === centreA ? userA : userB, parse(form, input), ctx.clock.now(), parentId))

/** Runs `write` and returns how far it moved A's and B's versions. */
async function moved(write: () => Promise<unknown>) {
  const [a, b] = [await versionOf(centreA), await versionOf(centreB)]
  await write()
  return { a: (await versionOf(centreA)) - a, b: (await versionOf(centreB)) - b }
}

/** `write` moved A's version and left B's alone. */
async function expectMovesOnlyA(write: () => Promise<unknown>) {
  const { a, b } = await moved(write)
  expect(a).toBeGreaterThan(0)
  expect(b).toBe(0)
}

describe('statistics versions', () => {
  it('a centre never written has no version; reading all returns each written centre', async () => {
    expect(await readStatisticsVersions(ctx.db)).toEqual(new Map())
    expect(await readStatisticsVersions(ctx.db, centreA)).toEqual(new Map())
    await insert(dayVisitForm, centreA, dayVisitInput())
    const all = await readStatisticsVersions(ctx.db)
    expect([...all.keys()]).toEqual([centreA])
    expect(all.get(centreA)).toBeGreaterThan(0)
    expect(await readStatisticsVersions(ctx.db, centreB)).toEqual(new Map())
  })

  // Bare events and a quick call tick no options: only the record table's own trigger can move
  // the version here (ticked options have tests of their own below).
  const records: [string, FormDef, () => object][] = [
    ['day visit', dayVisitForm, () => bareDayVisitInput()],
    ['adult stay', adultStayForm, () => bareAdultStayInput()],
    ['phone session', phoneSessionForm, () => barePhoneSessionInput()],
    ['incoming call', incomingCallForm, () => quickCallInput()],
  ]

  it.each(records)("inserting a %s moves only its centre's version", async (_, form, input) => {
    await insert(form, centreB, input()) // B has a version of its own, to show it stays put
    await expectMovesOnlyA(() => insert(form, centreA, input()))
    const { a, b } = await moved(() => insert(form, centreB, input()))
    expect(a).toBe(0)
    expect(b).toBeGreaterThan(0)
  })

  it("inserting a child's stay moves its centre's version", async () => {
    const adult = await insert(adultStayForm, centreA, bareAdultStayInput())
    await expectMovesOnlyA(() => insert(childStayForm, centreA, bareChildStayInput(), adult))
  })

  it('inserting a record with ticked options moves the version', async () => {
    await insert(dayVisitForm, centreB, dayVisitInput())
    await expectMovesOnlyA(() => insert(dayVisitForm, centreA, dayVisitInput()))
  })

  it('updating a record moves the version, an update refused for a stale version does not', async () => {
    const id = await insert(dayVisitForm, centreA, bareDayVisitInput())
    await insert(dayVisitForm, centreB, bareDayVisitInput())
    const update = (version: number) =>
      ctx.db
        .transaction()
        .execute((trx) => updateRecord(trx, dayVisitForm, centreA, id, version, userA, parse(dayVisitForm, bareDayVisitInput({ visit_date: '2026-03-01' })), ctx.clock.now()))
    let updated = false
    await expectMovesOnlyA(async () => (updated = await update(1)))
    expect(updated).toBe(true)
    expect(await moved(async () => (updated = await update(1)))).toEqual({ a: 0, b: 0 })
    expect(updated).toBe(false)
  })

  it('deleting a record with ticked options succeeds and moves the version', async () => {
    const id = await insert(dayVisitForm, centreA, dayVisitInput({ violence_types: ['psychological', 'threats'] }))
    await insert(dayVisitForm, centreB, dayVisitInput())
    const ticked = () => ctx.db.selectFrom(choicesTable(dayVisitForm)).select('category').where('record_id', '=', id).execute()
    expect((await ticked()).length).toBeGreaterThan(0)
    let deleted = false
    const del = () => ctx.db.transaction().execute(async (trx) => (deleted = await deleteRecord(trx, dayVisitForm, centreA, id, 1)))
    await expectMovesOnlyA(del)
    expect(deleted).toBe(true)
    expect(await findRecord(ctx.db, dayVisitForm, centreA, id)).toBeUndefined()
    expect(await ticked()).toEqual([]) // cascaded with the record
  })

  // The record's own row is left alone: only the choices tables' triggers can move the version.
  it.each([dayVisitForm, adultStayForm, childStayForm, phoneSessionForm, incomingCallForm])('a change of ticked options alone moves the version ($table)', async (form) => {
    const parent = form === childStayForm ? await insert(adultStayForm, centreA, adultStayInput()) : undefined
    const inputs: Record<string, () => object> = {
      day_visit: dayVisitInput,
      adult_stay: adultStayInput,
      child_stay: childStayInput,
      phone_session: phoneSessionInput,
      incoming_call: quickCallInput,
    }
    const id = await insert(form, centreA, inputs[form.key]!(), parent)
    await insert(dayVisitForm, centreB, dayVisitInput())
    const table = choicesTable(form)
    const choice = { record_id: id, field: 'ly_test_field', category: 'ly_test_option' }
    await expectMovesOnlyA(() => ctx.db.insertInto(table).values(choice).execute())
    await expectMovesOnlyA(() => ctx.db.updateTable(table).set({ category: 'ly_other_option' }).where('record_id', '=', id).where('field', '=', choice.field).execute())
    await expectMovesOnlyA(() => ctx.db.deleteFrom(table).where('record_id', '=', id).where('field', '=', choice.field).execute())
    // The record itself was never touched by the three writes.
    expect((await findRecord(ctx.db, form, centreA, id))?.version).toBe(1)
  })

  it('counting outgoing calls moves the version, adding to a count and correcting it too', async () => {
    await addOutgoingCalls(ctx.db, { centreId: centreB, offer: 'women', date: '2026-03-02', recipientType: 'police' }, 1, userB, ctx.clock.now())
    const add = (delta: number) =>
      ctx.db
        .transaction()
        .execute((trx) => addOutgoingCalls(trx, { centreId: centreA, offer: 'women', date: '2026-03-02', recipientType: 'police' }, delta, userA, ctx.clock.now()))
    await expectMovesOnlyA(() => add(2)) // a new count
    await expectMovesOnlyA(() => add(1)) // the same count again
    await expectMovesOnlyA(() => add(-1))
    expect(await moved(() => add(-5))).toEqual({ a: 0, b: 0 }) // below zero: nothing written
  })

  // As an import or retention writes: many statements in one transaction. On PostgreSQL the
  // version moves once per transaction, so each of these must move it anew.
  it('each transaction of many writes moves the version again', async () => {
    await insert(dayVisitForm, centreB, bareDayVisitInput())
    const many = () =>
      ctx.db.transaction().execute(async (trx) => {
        for (let i = 0; i < 3; i++) await insertRecord(trx, dayVisitForm, centreA, userA, parse(dayVisitForm, dayVisitInput()), ctx.clock.now())
        await addOutgoingCalls(trx, { centreId: centreA, offer: 'women', date: '2026-03-02', recipientType: 'police' }, 1, userA, ctx.clock.now())
      })
    for (let i = 0; i < 3; i++) await expectMovesOnlyA(many)
  })

  it('a write rolled back leaves the version as it was', async () => {
    await insert(dayVisitForm, centreA, dayVisitInput())
    const failing = () =>
      ctx.db.transaction().execute(async (trx) => {
        await insertRecord(trx, dayVisitForm, centreA, userA, parse(dayVisitForm, dayVisitInput()), ctx.clock.now())
        throw new Error('rolled back')
      })
    expect(await moved(() => failing().catch(() => undefined))).toEqual({ a: 0, b: 0 })
  })

  // On PostgreSQL a request's writes run under row-level security (migration 10): the triggers
  // must find a choice's record and upsert the counter there too, as the plain app role.
  it("a centre's own request scope writes, deletes and reads versions", async () => {
    const scoped = <T>(fn: () => Promise<T>) => runInCentreScope(centreA, fn)
    await insert(dayVisitForm, centreB, dayVisitInput())
    const id = await scoped(() => insert(dayVisitForm, centreA, dayVisitInput()))
    const before = await scoped(() => readStatisticsVersions(ctx.db))
    expect(before.get(centreA)).toBeGreaterThan(0)
    expect(before.has(centreB)).toBe(true) // counters only, not behind row-level security
    await expectMovesOnlyA(() => scoped(() => ctx.db.transaction().execute((trx) => deleteRecord(trx, dayVisitForm, centreA, id, 1))))
    await expectMovesOnlyA(() =>
      scoped(() => addOutgoingCalls(ctx.db, { centreId: centreA, offer: 'men', date: '2026-03-02', recipientType: 'police' }, 1, userA, ctx.clock.now())),
    )
  })
})

// `pnpm ly migrate-to-postgres`: the SQLite file has versions of its own, which stay behind;
// PostgreSQL's triggers count the copied rows as they go in.
describe.runIf(process.env.LY_TEST_DB === 'postgres')('statistics versions after a move to PostgreSQL', () => {
  it('the moved centre has a version on PostgreSQL', async () => {
    const source = openSqlite(':memory:')
    await migrateToLatest(source)
    const centre = (await createCentreWithAdmin(source, ctx.clock, 'Flyttet senter', 'admin-flyttet')).centreId
    await source.transaction().execute((trx) => insertRecord(trx, dayVisitForm, centre, null, parse(dayVisitForm, dayVisitInput()), ctx.clock.now()))
    expect((await readStatisticsVersions(source, centre)).get(centre)).toBeGreaterThan(0)
    expect(await readStatisticsVersions(ctx.db, centre)).toEqual(new Map())
    const summary = await copyToPostgres(source, ctx.db, { now: ctx.clock.now() })
    await source.destroy()
    expect(summary.rows.day_visits).toBe(1)
    expect((await readStatisticsVersions(ctx.db, centre)).get(centre)).toBeGreaterThan(0)
  })
})
