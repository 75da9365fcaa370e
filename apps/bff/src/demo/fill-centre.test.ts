import { describe, expect, it } from 'vitest'
import { forms } from '@ly/forms'

import { computeStatistics } from '../statistics/engine'
import { createTestApp, signedInAdmin } from '../testing/test-app'
import { DemoRefused, fillCentreWithDemo } from './fill-centre'

describe('fillCentreWithDemo (pnpm ly demo)', () => {
  it('fills a small centre with several years of every form, non-empty statistics, and marks it as demo data', async () => {
    const ctx = await createTestApp()
    const { centreId } = ctx.centre
    // A tenth of a mid-size centre keeps the test fast; the clock says 2 March 2026.
    const summary = await fillCentreWithDemo(ctx.db, centreId, { years: 3, seed: 7, now: ctx.clock.now(), scale: 0.1 })
    expect(summary.years).toEqual([2024, 2025, 2026])
    const allYears = new Set<string>()
    for (const form of Object.values(forms)) {
      const rows = await ctx.db.selectFrom(form.table).select(form.dateField).where('centre_id', '=', centreId).execute()
      const years = new Set(rows.map((r) => String(r[form.dateField]).slice(0, 4)))
      // Every form in every whole year; the current year is filled up to today only.
      expect(years.has('2024') && years.has('2025'), form.key).toBe(true)
      for (const y of years) allYears.add(y)
    }
    expect([...allYears].sort()).toEqual(['2024', '2025', '2026'])

    const stats = await computeStatistics(ctx.db, { centreId, year: 2025, offer: 'all' })
    const counted = Object.values(stats.indicators).filter((i) => typeof i.value === 'number' && i.value > 0)
    expect(counted.length).toBeGreaterThan(5)
    expect(stats.indicators['D-02']?.value).toBeGreaterThan(0)

    // The SPA learns from the session that the centre's registrations are invented.
    const admin = await signedInAdmin(ctx)
    const session = (await (await admin.request('GET', '/api/auth/session')).json()) as { user: { centreDemoData: boolean } }
    expect(session.user.centreDemoData).toBe(true)
  })

  it('refuses a centre that already has registrations, so invented records never mix with real ones', async () => {
    const ctx = await createTestApp()
    await fillCentreWithDemo(ctx.db, ctx.centre.centreId, { years: 1, seed: 1, now: ctx.clock.now(), scale: 0.05 })
    await expect(fillCentreWithDemo(ctx.db, ctx.centre.centreId, { years: 1, seed: 1, now: ctx.clock.now() })).rejects.toBeInstanceOf(DemoRefused)
  })
})
