import { setImmediate as nextTurn } from 'node:timers/promises'
import { offerKeys } from '@ly/forms'
import { describe, expect, it } from 'vitest'
import { createCentreWithAdmin } from '../bootstrap'
import { fillCentreWithDemo } from '../demo/fill-centre'
import { requestsInFlight } from '../middleware/in-flight'
import { createTestApp, signedInAdmin, signedInUser } from '../testing/test-app'
import { isKept } from './cache'
import { computeStatistics } from './engine'
import type { Offer } from './types'
import { startWarming } from './warm'

const TODAY = '2026-03-02'

async function twoCentres() {
  const ctx = await createTestApp()
  const other = await createCentreWithAdmin(ctx.db, ctx.clock, 'Nabosenteret', 'admin2')
  for (const [i, centreId] of [ctx.centre.centreId, other.centreId].entries())
    await fillCentreWithDemo(ctx.db, centreId, { years: 2, seed: 3 + i, now: ctx.clock.now(), scale: 0.05 })
  const keptAll = async (years: number[], offer: Offer = 'all') => {
    const kept: boolean[] = []
    for (const centreId of [ctx.centre.centreId, other.centreId]) for (const year of years) kept.push(await isKept(ctx.db, centreId, { year, offer, today: TODAY }))
    return kept
  }
  return { ctx, keptAll }
}

describe('warming the kept statistics at start (issue 21 §3)', () => {
  it('keeps every centre’s statistics for the years, so the next request computes nothing', async () => {
    const { ctx, keptAll } = await twoCentres()
    expect(await keptAll([2025, 2026])).toEqual([false, false, false, false])
    const { documents } = await startWarming(ctx.db, { years: [2025, 2026], today: TODAY }).done
    // Both offers together, and each offer the dashboard can be opened for (the form definitions' own).
    expect(offerKeys).toEqual(['women', 'men'])
    expect(documents).toBe(4 * 3)
    for (const offer of ['all', ...offerKeys] as const) expect(await keptAll([2025, 2026], offer), offer).toEqual([true, true, true, true])
    // What a request then answers from the kept document is what computing afresh gives.
    const admin = await signedInAdmin(ctx)
    const leader = await signedInUser(ctx, admin, 'leder1', 'leader')
    const res = await leader.request('GET', '/api/statistics?year=2026')
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(await computeStatistics(ctx.db, { centreId: ctx.centre.centreId, year: 2026, offer: 'all', today: TODAY }))))
    const men = await leader.request('GET', '/api/statistics?year=2026&offer=men')
    expect(await men.json()).toEqual(JSON.parse(JSON.stringify(await computeStatistics(ctx.db, { centreId: ctx.centre.centreId, year: 2026, offer: 'men', today: TODAY }))))
  })

  it('warms every centre’s `all` first, and the offers’ own only when they fit beside what is kept', async () => {
    const { ctx, keptAll } = await twoCentres()
    // Two centres × one year × three offers is six documents: with room for five, `all` alone.
    expect((await startWarming(ctx.db, { years: [2025], today: TODAY, maxDocuments: 5 }).done).documents).toBe(2)
    expect(await keptAll([2025])).toEqual([true, true])
    expect(await keptAll([2025], 'women')).toEqual([false, false])
    // Stopped after the first two documents: those are both centres' `all`.
    let turns = 0
    const stopAfterTwo = { stop: () => {} }
    const warming = startWarming(ctx.db, {
      years: [2026],
      today: TODAY,
      busy: () => {
        if (++turns > 2) stopAfterTwo.stop()
        return false
      },
    })
    stopAfterTwo.stop = () => warming.stop()
    expect((await warming.done).documents).toBe(2)
    expect(await keptAll([2026])).toEqual([true, true])
    expect(await keptAll([2026], 'women')).toEqual([false, false])
  })

  it('waits while a request is in flight, and answers a request made during warming', async () => {
    const { ctx, keptAll } = await twoCentres()
    let busy = true
    const paused = startWarming(ctx.db, { years: [2025], today: TODAY, busy: () => busy })
    for (let i = 0; i < 20; i++) await nextTurn()
    expect(await keptAll([2025])).toEqual([false, false])
    busy = false
    expect((await paused.done).documents).toBe(2 * 3)

    // The real counter: warming pauses behind the leader's request, which is answered in full.
    const admin = await signedInAdmin(ctx)
    const leader = await signedInUser(ctx, admin, 'leder1', 'leader')
    const warming = startWarming(ctx.db, { years: [2026], today: TODAY, busy: () => requestsInFlight() > 0 })
    const res = await leader.request('GET', '/api/statistics?year=2025')
    expect(res.status).toBe(200)
    expect(((await res.json()) as { year: number }).year).toBe(2025)
    expect((await warming.done).documents).toBe(2 * 3)
    expect(await keptAll([2026])).toEqual([true, true])
    expect(requestsInFlight()).toBe(0)
  })

  it('stops when asked, keeping what it finished', async () => {
    const { ctx } = await twoCentres()
    const warming = startWarming(ctx.db, { years: [2025, 2026], today: TODAY, busy: () => true })
    warming.stop()
    expect((await warming.done).documents).toBe(0)
  })
})
