import { describe, expect, it } from 'vitest'
import { dayVisitInput, phoneSessionInput, quickCallInput, adultCheckOut, adultStayInput, childCheckOut, childStayInput } from '@ly/forms/testing'
import { importRecords } from '../interchange/import'
import { createAdultStay, createChildStay, type ErrorBody } from '../testing/stays'
import { createTestApp, signedInAdmin, signedInUser, type TestContext, type TestSession } from '../testing/test-app'

/** A staff member who registers and a leader who locks, in one centre. */
async function team(ctx: TestContext) {
  const admin = await signedInAdmin(ctx)
  return { staff: await signedInUser(ctx, admin, 'vakt1', 'staff'), leader: await signedInUser(ctx, admin, 'leder1', 'leader') }
}

async function lock(leader: TestSession, year: number) {
  expect((await leader.request('POST', `/api/years/${year}/lock`, {})).status).toBe(200)
}

async function created(res: Response) {
  expect(res.status, await res.clone().text()).toBe(201)
  return (await res.json()) as { id: string; version: number; values: Record<string, unknown> }
}

async function expectLocked(res: Response, year = 2025) {
  expect(res.status, await res.clone().text()).toBe(423)
  const body = (await res.json()) as ErrorBody
  expect(body.error.code).toBe('year_locked')
  expect(body.error.message).toMatch(new RegExp(`^Året ${year} er låst`))
}

const forms = [
  { url: '/api/day-visits', input: (date: string) => dayVisitInput({ visit_date: date, first_contact_year: 2024 }) },
  { url: '/api/phone-sessions', input: (date: string) => phoneSessionInput({ session_date: date, first_contact_year: 2024 }) },
  { url: '/api/incoming-calls', input: (date: string) => quickCallInput({ call_date: date }) },
]

describe('year lock: every write to a locked year is refused (423 year_locked)', () => {
  it.each(forms)('$url: create, update, delete and withdraw consent in 2025; 2026 goes on', async ({ url, input }) => {
    const ctx = await createTestApp()
    const { staff, leader } = await team(ctx)
    const old = await created(await staff.request('POST', url, input('2025-11-10')))
    await lock(leader, 2025)

    await expectLocked(await staff.request('POST', url, input('2025-12-01')))
    await expectLocked(await staff.request('PUT', `${url}/${old.id}`, { version: old.version, values: input('2025-11-11') }))
    // Moving a record out of the locked year changes that year as much as editing it.
    await expectLocked(await staff.request('PUT', `${url}/${old.id}`, { version: old.version, values: input('2026-01-05') }))
    await expectLocked(await staff.request('DELETE', `${url}/${old.id}`, { version: old.version }))
    if (!url.includes('incoming')) await expectLocked(await staff.request('POST', `${url}/${old.id}/withdraw-consent`, { version: old.version }))
    const fresh = await created(await staff.request('POST', url, input('2026-01-05')))
    // …and moving a 2026 record into 2025 is refused too.
    await expectLocked(await staff.request('PUT', `${url}/${fresh.id}`, { version: fresh.version, values: input('2025-12-30') }))
    expect((await staff.request('GET', `${url}/${old.id}`)).status).toBe(200)
  })

  it("the duty phone's undo and the outgoing-call counts respect the lock", async () => {
    const ctx = await createTestApp()
    const { staff, leader } = await team(ctx)
    await created(await staff.request('POST', '/api/incoming-calls', quickCallInput({ call_date: '2025-12-31' })))
    await lock(leader, 2025)
    await expectLocked(await staff.request('POST', '/api/incoming-calls/undo-last', {}))
    await expectLocked(await staff.request('POST', '/api/outgoing-calls/add', { date: '2025-12-31', offer: 'women', recipient_type: 'police', delta: 1 }))
    expect((await staff.request('POST', '/api/outgoing-calls/add', { date: '2026-01-02', offer: 'women', recipient_type: 'police', delta: 1 })).status).toBe(200)
  })

  it('stays: check-in or check-out in a locked year is refused; a later check-out of a stay begun then is not', async () => {
    const ctx = await createTestApp()
    const { staff, leader } = await team(ctx)
    const ended = await createAdultStay(staff, adultStayInput({ stay_start_date: '2025-10-01', ...adultCheckOut('2025-10-20') }))
    const open = await createAdultStay(staff, adultStayInput({ stay_start_date: '2025-12-20' }))
    const child = await createChildStay(staff, open.id, childStayInput({ stay_start_date: '2025-12-20' }))
    await lock(leader, 2025)

    await expectLocked(await staff.request('POST', '/api/adult-stays', adultStayInput({ stay_start_date: '2025-12-30' })))
    await expectLocked(await staff.request('PUT', `/api/adult-stays/${ended.id}`, { version: ended.version, values: { ...ended.values, age: 40 } }))
    // A check-in answer of a stay that runs into the locked year describes that year's resident.
    await expectLocked(await staff.request('PUT', `/api/adult-stays/${open.id}`, { version: open.version, values: { ...open.values, age: 41 } }))
    // Backdating a check-out into the locked year changes its nights and move-outs.
    await expectLocked(await staff.request('PUT', `/api/child-stays/${child.id}`, { version: child.version, values: { ...child.values, ...childCheckOut('2025-12-28') } }))
    await expectLocked(await staff.request('DELETE', `/api/adult-stays/${open.id}`, { version: open.version, cascade: true }))
    await expectLocked(await staff.request('POST', `/api/adult-stays/${open.id}/withdraw-consent`, { version: open.version }))
    await expectLocked(await staff.request('POST', `/api/child-stays?adult_stay_id=${open.id}`, childStayInput({ stay_start_date: '2025-12-21' })))

    const childOut = await staff.request('PUT', `/api/child-stays/${child.id}`, { version: child.version, values: { ...child.values, ...childCheckOut('2026-02-10') } })
    expect(childOut.status, await childOut.clone().text()).toBe(200)
    const checkedOut = await staff.request('PUT', `/api/adult-stays/${open.id}`, { version: open.version, values: { ...open.values, ...adultCheckOut('2026-02-10') } })
    expect(checkedOut.status, await checkedOut.clone().text()).toBe(200)
  })

  it('a reopened year takes writes again; locking it again stops them', async () => {
    const ctx = await createTestApp()
    const { staff, leader } = await team(ctx)
    await lock(leader, 2025)
    await expectLocked(await staff.request('POST', '/api/day-visits', dayVisitInput({ visit_date: '2025-06-01', first_contact_year: 2024 })))
    expect((await leader.request('POST', '/api/years/2025/reopen', { reason: 'Glemt å registrere et besøk i juni.' })).status).toBe(200)
    await created(await staff.request('POST', '/api/day-visits', dayVisitInput({ visit_date: '2025-06-01', first_contact_year: 2024 })))
    await lock(leader, 2025)
    await expectLocked(await staff.request('POST', '/api/day-visits', dayVisitInput({ visit_date: '2025-06-02', first_contact_year: 2024 })))
  })

  it('names every locked year a stay touches', async () => {
    const ctx = await createTestApp()
    const { staff, leader } = await team(ctx)
    const long = await createAdultStay(staff, adultStayInput({ stay_start_date: '2023-12-01', ...adultCheckOut('2026-01-10') }))
    await lock(leader, 2024)
    await lock(leader, 2025)
    const res = await staff.request('PUT', `/api/adult-stays/${long.id}`, { version: long.version, values: { ...long.values, age: 50 } })
    expect(res.status).toBe(423)
    expect(((await res.json()) as ErrorBody).error.message).toMatch(/^Årene 2024 og 2025 er låst/)
  })

  it('the import reports lines of a locked year and stores nothing', async () => {
    const ctx = await createTestApp()
    const { leader } = await team(ctx)
    await lock(leader, 2025)
    const line = (ref: string, date: string) => JSON.stringify({ form: 'day_visit', ref, ...dayVisitInput({ visit_date: date, first_contact_year: 2024 }) })
    const result = await importRecords(ctx.db, { centreId: ctx.centre.centreId, text: `${line('a', '2026-01-03')}\n${line('b', '2025-03-04')}\n`, format: 'jsonl', now: ctx.clock.now() })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toEqual([{ line: 2, path: 'visit_date', message: expect.stringMatching(/^Året 2025 er låst/) }])
    expect(await ctx.db.selectFrom('day_visits' as never).selectAll().execute()).toEqual([])
  })
})
