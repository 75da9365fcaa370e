import { describe, expect, it } from 'vitest'
import { allFields, forms, osloToday } from '@ly/forms'

import { saveSecuritySettings } from '../db/security-settings'
import { fillCentreWithDemo } from '../demo/fill-centre'
import { computeStatistics } from '../statistics/engine'
import { createTestApp, type TestContext } from '../testing/test-app'
import { monthsBefore, removeUnusedCaseCodes } from './case-codes'
import { scheduleRetention, type Timer } from './schedule'

const codeForms = Object.values(forms).filter((f) => allFields(f).some((x) => x.kind === 'case_code'))

async function codesByForm(ctx: TestContext) {
  // `end` is undefined on forms without an end date, null for a stay still open.
  const out: Record<string, { date: string; end: string | null | undefined; code: string | null }[]> = {}
  for (const form of codeForms) {
    const rows = await ctx.db.selectFrom(form.table).selectAll().where('centre_id', '=', ctx.centre.centreId).orderBy('id').execute()
    out[form.key] = rows.map((r) => ({ date: String(r[form.dateField]), end: 'endDateField' in form ? r[form.endDateField] : undefined, code: r.case_code }))
  }
  return out
}

async function statistics(ctx: TestContext, years: number[]) {
  const today = osloToday(ctx.clock.now())
  return Promise.all(years.flatMap((year) => (['all', 'women', 'men'] as const).map((offer) => computeStatistics(ctx.db, { centreId: ctx.centre.centreId, year, offer, today }))))
}

describe('case-code retention', () => {
  it('removes codes unused for the period from every record and leaves the statistics exactly as they were', async () => {
    const ctx = await createTestApp()
    await fillCentreWithDemo(ctx.db, ctx.centre.centreId, { years: 4, seed: 11, now: ctx.clock.now(), scale: 0.15 })
    const admin = await ctx.db.selectFrom('users').select('id').where('username', '=', ctx.centre.adminUsername).executeTakeFirstOrThrow()
    await saveSecuritySettings(ctx.db, ctx.centre.centreId, { requireTotp: false, idleLockMinutes: 5, retentionMonths: 12 }, 0, admin.id, ctx.clock.now())
    const before = await statistics(ctx, [2023, 2024, 2025, 2026])
    const codesBefore = await codesByForm(ctx)

    const result = await removeUnusedCaseCodes(ctx.db, ctx.centre.centreId, ctx.clock.now())
    expect(result.records).toBeGreaterThan(20)
    expect(result.codes).toBeGreaterThan(5)
    expect(await statistics(ctx, [2023, 2024, 2025, 2026])).toEqual(before)

    // What stays: every code with a record (or an open or later-ending stay) after the cutoff.
    const cutoff = monthsBefore(osloToday(ctx.clock.now()), 12)
    const after = await codesByForm(ctx)
    const recent = (r: { date: string; end: string | null | undefined }) => r.date >= cutoff || r.end === null || (r.end !== undefined && r.end >= cutoff)
    const used = new Set(
      Object.values(codesBefore)
        .flat()
        .filter((r) => r.code && recent(r))
        .map((r) => r.code),
    )
    for (const [key, rows] of Object.entries(after)) {
      rows.forEach((r, i) => expect(r.code, key).toBe(used.has(codesBefore[key]![i]!.code) ? codesBefore[key]![i]!.code : null))
    }

    const audit = await ctx.db.selectFrom('audit_events').selectAll().where('action', '=', 'retention.case_codes_removed').execute()
    expect(audit).toHaveLength(1)
    expect(JSON.parse(audit[0]!.details!)).toEqual({ codes: result.codes, records: result.records, months: 12 })
    expect(audit[0]!.actor_user_id).toBeNull()
    // A second run finds nothing more, and says nothing.
    expect(await removeUnusedCaseCodes(ctx.db, ctx.centre.centreId, ctx.clock.now())).toMatchObject({ codes: 0, records: 0 })
  })

  it('runs at start and then daily on an injected timer, logging counts only', async () => {
    const ctx = await createTestApp()
    let tick: (() => void) | undefined
    const timer: Timer = { setInterval: (run) => ((tick = run), 1), clearInterval: () => (tick = undefined) }
    const schedule = scheduleRetention(ctx, timer)
    await schedule.started
    expect(ctx.logger.lines.at(-1)).toBe(JSON.stringify({ message: 'case-code retention ran', centres: 1, codes: 0, records: 0 }))
    tick?.()
    schedule.stop()
    expect(tick).toBeUndefined()
  })

  it('moves dates back whole months, clamping the day', () => {
    expect(monthsBefore('2026-03-02', 24)).toBe('2024-03-02')
    expect(monthsBefore('2026-05-31', 3)).toBe('2026-02-28')
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15')
  })
})
