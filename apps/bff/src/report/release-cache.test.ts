import { describe, expect, it } from 'vitest'
import { bareDayVisitInput, dayVisitInput } from '@ly/forms/testing'
import type { TestContext, TestSession } from '../testing/test-app'
import type { ReportModel, ReportTable } from './model'
import { releaseChecks } from './release-cache'
import { seededReportApp } from './testing/seed'

type Saved = { id: string; version: number }

async function setup() {
  const { ctx, admin, staff, leader } = await seededReportApp()
  // Five day visits in 2025 without consent, so the year's visit counts are all printed (none small).
  for (const date of ['2025-02-03', '2025-06-02', '2025-10-06']) expect((await staff.request('POST', '/api/day-visits', bareDayVisitInput({ visit_date: date }))).status).toBe(201)
  return { ctx, admin, staff, leader }
}

/** The visit counts of the year's shareable report (`GET /api/report`, what the downloads hold). */
async function visits(leader: TestSession, year = 2025) {
  const model = (await (await leader.request('GET', `/api/report?year=${year}&view=shareable`)).json()) as ReportModel
  const table = model.sections.flatMap((s) => s.tables).find((t) => t.id === 'tab-conv-volume')!
  const last = (key: string) => table.rows.find((r) => r.key === key)!.cells.at(-1)!
  return { model, consented: last('consent_yes').value, without: last('consent_no').value, all: last('visits').value }
}

/** Every download of the year: the report's files and print, a tertial's, and both national files. */
async function downloadAll(leader: TestSession) {
  for (const path of [
    '/api/report/download?year=2025&format=csv',
    '/api/report/download?year=2025&format=xlsx',
    '/api/report/print?period=2025-T2',
    '/api/report?period=2025-T3&view=shareable',
    '/api/national-export?year=2025&kind=aggregate&format=json',
    '/api/national-export?year=2025&kind=records&format=csv',
  ])
    expect((await leader.request('GET', path)).status, path).toBe(200)
}

const nationalVisits = async (leader: TestSession) => {
  const { tables } = (await (await leader.request('GET', '/api/national-export?year=2025&kind=aggregate&format=json')).json()) as { tables: ReportTable[] }
  return tables.find((t) => t.id === 'nat-volumes')!.rows.find((r) => r.key === 'day_visits')!.cells[0]!.value
}

const checks = (ctx: TestContext) => releaseChecks(ctx.db)

describe('the year’s release, kept between downloads (decision 0057)', () => {
  it('is checked once for every download of the year, and again after a registration, which the next download shows', async () => {
    const { ctx, staff, leader } = await setup()
    const before = checks(ctx)
    expect(await visits(leader)).toMatchObject({ consented: 13, without: 5, all: 18 })
    expect(checks(ctx)).toBe(before + 1)
    await downloadAll(leader)
    expect(await visits(leader)).toMatchObject({ all: 18 })
    expect(await nationalVisits(leader)).toBe(18)
    // Four reports, the national files and their suppression, worked out once for all of them.
    expect(checks(ctx)).toBe(before + 1)

    const res = await staff.request('POST', '/api/day-visits', dayVisitInput({ visit_date: '2025-06-10', first_contact_year: 2024 }))
    expect(res.status).toBe(201)
    const saved = (await res.json()) as Saved
    expect(await visits(leader)).toMatchObject({ consented: 14, without: 5, all: 19 })
    expect(checks(ctx)).toBe(before + 2)
    await downloadAll(leader)
    expect(await nationalVisits(leader)).toBe(19)
    expect(checks(ctx)).toBe(before + 2)

    // Another year's release is its own; this year's is still kept, and a registration in a later year keeps it too.
    await visits(leader, 2026)
    expect(checks(ctx)).toBe(before + 3)
    expect((await staff.request('POST', '/api/day-visits', dayVisitInput({ visit_date: '2026-06-10', first_contact_year: 2025 }))).status).toBe(201)
    expect(await visits(leader)).toMatchObject({ all: 19 })
    expect(checks(ctx)).toBe(before + 3)

    // A change, and a delete, are new releases as well.
    const changed = await staff.request('PUT', `/api/day-visits/${saved.id}`, {
      version: saved.version,
      values: dayVisitInput({ visit_date: '2024-06-10', first_contact_year: 2024 }),
    })
    expect(changed.status).toBe(200)
    expect(await visits(leader)).toMatchObject({ consented: 13, all: 18 })
    expect(checks(ctx)).toBe(before + 4)
    const again = (await (await staff.request('POST', '/api/day-visits', dayVisitInput({ visit_date: '2025-06-11', first_contact_year: 2024 }))).json()) as Saved
    expect(await visits(leader)).toMatchObject({ all: 19 })
    expect((await staff.request('DELETE', `/api/day-visits/${again.id}`, { version: again.version })).status).toBe(204)
    expect(await visits(leader)).toMatchObject({ all: 18 })
    expect(checks(ctx)).toBe(before + 6)
  })

  it('shows a year lock at once, and a withdrawal after the lock as a new release with its note', async () => {
    const { ctx, staff, leader } = await setup()
    const saved = (await (await staff.request('POST', '/api/day-visits', dayVisitInput({ visit_date: '2025-06-10', first_contact_year: 2024 }))).json()) as Saved
    expect(await visits(leader)).toMatchObject({ consented: 14, without: 5 })
    const before = checks(ctx)
    // Locking changes no count: the kept release serves the locked year.
    expect((await leader.request('POST', '/api/years/2025/lock', { confirmFindings: true })).status).toBe(200)
    const locked = await visits(leader)
    expect(locked.model.changeNote).toBeNull()
    expect(checks(ctx)).toBe(before)
    // The withdrawal changes the locked year's figures: a new release, and the report says so.
    expect((await staff.request('POST', `/api/day-visits/${saved.id}/withdraw-consent`, { version: saved.version })).status).toBe(200)
    const after = await visits(leader)
    expect(after).toMatchObject({ consented: 13, without: 6, all: 19 })
    expect(after.model.changeNote).toMatch(/2025/)
    expect(checks(ctx)).toBe(before + 1)
  })

  it('is checked again when the threshold changes', async () => {
    const { ctx, admin, leader } = await setup()
    await visits(leader)
    const before = checks(ctx)
    expect((await admin.request('PUT', '/api/settings/suppression', { threshold: 5, version: 0 })).status).toBe(200)
    const after = await visits(leader)
    expect(after.model.threshold).toBe(5)
    // Five is small now: the visits without consent are hidden.
    expect(after.without).toBeNull()
    expect(checks(ctx)).toBe(before + 1)
  })
})
