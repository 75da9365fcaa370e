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
  it.each(forms)('$url: create, update and delete in 2025; 2026 goes on', async ({ url, input }) => {
    const ctx = await createTestApp()
    const { staff, leader } = await team(ctx)
    const old = await created(await staff.request('POST', url, input('2025-11-10')))
    await lock(leader, 2025)

    await expectLocked(await staff.request('POST', url, input('2025-12-01')))
    await expectLocked(await staff.request('PUT', `${url}/${old.id}`, { version: old.version, values: input('2025-11-11') }))
    // Moving a record out of the locked year changes that year as much as editing it.
    await expectLocked(await staff.request('PUT', `${url}/${old.id}`, { version: old.version, values: input('2026-01-05') }))
    await expectLocked(await staff.request('DELETE', `${url}/${old.id}`, { version: old.version }))
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
    const result = await importRecords(ctx.db, {
      centreId: ctx.centre.centreId,
      text: `${line('a', '2026-01-03')}\n${line('b', '2025-03-04')}\n`,
      format: 'jsonl',
      now: ctx.clock.now(),
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toEqual([{ line: 2, path: 'visit_date', message: expect.stringMatching(/^Året 2025 er låst/) }])
    expect(
      await ctx.db
        .selectFrom('day_visits' as never)
        .selectAll()
        .execute(),
    ).toEqual([])
  })
})

/** The year's report as the leader sees it, and its CSV and print files (all drawn from one model). */
async function reportNotes(leader: TestSession, year = 2025) {
  const model = (await (await leader.request('GET', `/api/report?year=${year}&view=shareable`)).json()) as { changeNote: string | null }
  const csv = await (await leader.request('GET', `/api/report/download?year=${year}&format=csv`)).text()
  const print = await (await leader.request('GET', `/api/report/print?year=${year}`)).text()
  return { note: model.changeNote, csv, print }
}

describe('year lock: withdrawing consent is a right, in a finalised year too (issue 18)', () => {
  it('a day visit of a locked year: the answers go, the withdrawal and the changed year are audited, and the report says the figures changed', async () => {
    const ctx = await createTestApp()
    const { staff, leader } = await team(ctx)
    const visit = await created(await staff.request('POST', '/api/day-visits', dayVisitInput({ visit_date: '2025-11-10', first_contact_year: 2024 })))
    await lock(leader, 2025)
    expect((await reportNotes(leader)).note).toBeNull()

    const res = await staff.request('POST', `/api/day-visits/${visit.id}/withdraw-consent`, { version: visit.version })
    expect(res.status, await res.clone().text()).toBe(200)
    const after = (await res.json()) as { values: Record<string, unknown> }
    expect(after.values).toMatchObject({ consent_to_statistics: false, sex: null, age: null, visit_date: '2025-11-10' })

    const audit = await ctx.db
      .selectFrom('audit_events')
      .select(['action', 'target_id', 'details'])
      .where('action', 'in', ['record.consent_withdrawn', 'year.changed_after_lock'])
      .orderBy('id')
      .execute()
    expect(audit).toEqual([
      { action: 'year.changed_after_lock', target_id: '2025', details: '{"year":2025}' },
      { action: 'record.consent_withdrawn', target_id: visit.id, details: null },
    ])
    const { note, csv, print } = await reportNotes(leader)
    expect(note).toMatch(/^Tallene for 2025 er endret etter at året ble ferdigstilt: samtykke til statistikk er trukket tilbake/)
    expect(csv).toContain(note)
    expect(print).toContain(note)
    // The year stays locked: everything else is still refused.
    await expectLocked(await staff.request('POST', '/api/day-visits', dayVisitInput({ visit_date: '2025-12-01', first_contact_year: 2024 })))
    // Reopening and finalising again makes the figures final once more: the note goes.
    expect((await leader.request('POST', '/api/years/2025/reopen', { reason: 'Kontroll av tallene etter tilbaketrekking.' })).status).toBe(200)
    await lock(leader, 2025)
    expect((await reportNotes(leader)).note).toBeNull()
  })

  it("an adult's stay reaching into a locked year: its answers and the children's go; only the touched locked years are marked", async () => {
    const ctx = await createTestApp()
    const { staff, leader } = await team(ctx)
    const open = await createAdultStay(staff, adultStayInput({ stay_start_date: '2025-12-20' }))
    const child = await createChildStay(staff, open.id, childStayInput({ stay_start_date: '2025-12-20' }))
    await lock(leader, 2024)
    await lock(leader, 2025)
    const res = await staff.request('POST', `/api/adult-stays/${open.id}/withdraw-consent`, { version: open.version })
    expect(res.status, await res.clone().text()).toBe(200)
    const childAfter = (await (await staff.request('GET', `/api/child-stays/${child.id}`)).json()) as { values: Record<string, unknown> }
    expect(childAfter.values).toMatchObject({ consent_to_statistics: false, age: null })
    expect((await reportNotes(leader, 2025)).note).not.toBeNull()
    expect((await reportNotes(leader, 2024)).note).toBeNull()
  })

  it('only a withdrawal passes: an update that also changes a kept answer, or erases answers while keeping consent, is refused', async () => {
    const ctx = await createTestApp()
    const { staff, leader } = await team(ctx)
    const visit = await created(await staff.request('POST', '/api/day-visits', dayVisitInput({ visit_date: '2025-11-10', first_contact_year: 2024 })))
    await lock(leader, 2025)
    const erased = Object.fromEntries(Object.keys(visit.values).map((k) => [k, null]))
    const bare = { visit_date: '2025-11-10', offer: 'women' }
    // Consent withdrawn, but the date moved as well: a change of the year, not a withdrawal.
    await expectLocked(
      await staff.request('PUT', `/api/day-visits/${visit.id}`, { version: visit.version, values: { ...erased, ...bare, visit_date: '2025-11-11', consent_to_statistics: false } }),
    )
    // Answers erased with consent still given.
    await expectLocked(await staff.request('PUT', `/api/day-visits/${visit.id}`, { version: visit.version, values: { ...visit.values, sex: null, age: null } }))
    expect(await ctx.db.selectFrom('year_locks').select('changed_at').execute()).toEqual([{ changed_at: null }])
  })
})
