import { setImmediate as nextTurn } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { createCentreWithAdmin } from '../bootstrap'
import { fillCentreWithDemo } from '../demo/fill-centre'
import { requestsInFlight } from '../middleware/in-flight'
import { createTestApp, signedInAdmin, signedInUser } from '../testing/test-app'
import { isKept } from './cache'
import { computeStatistics } from './engine'
import { startWarming } from './warm'

const TODAY = '2026-03-02'

async function twoCentres() {
  const ctx = await createTestApp()
  const other = await createCentreWithAdmin(ctx.db, ctx.clock, 'Nabosenteret', 'admin2')
  for (const [i, centreId] of [ctx.centre.centreId, other.centreId].entries())
    await fillCentreWithDemo(ctx.db, centreId, { years: 2, seed: 3 + i, now: ctx.clock.now(), scale: 0.05 })
  const keptAll = async (years: number[]) => {
    const kept: boolean[] = []
    for (const centreId of [ctx.centre.centreId, other.centreId]) for (const year of years) kept.push(await isKept(ctx.db, centreId, { year, offer: 'all', today: TODAY }))
    return kept
  }
  return { ctx, keptAll }
}

describe('warming the kept statistics at start (issue 21 §3)', () => {
  it('keeps every centre’s statistics for the years, so the next request computes nothing', async () => {
    const { ctx, keptAll } = await twoCentres()
    expect(await keptAll([2025, 2026])).toEqual([false, false, false, false])
    const { documents } = await startWarming(ctx.db, { years: [2025, 2026], today: TODAY }).done
    expect(documents).toBe(4)
    expect(await keptAll([2025, 2026])).toEqual([true, true, true, true])
    // What a request then answers from the kept document is what computing afresh gives.
    const admin = await signedInAdmin(ctx)
    const leader = await signedInUser(ctx, admin, 'leder1', 'leader')
    const res = await leader.request('GET', '/api/statistics?year=2026')
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(await computeStatistics(ctx.db, { centreId: ctx.centre.centreId, year: 2026, offer: 'all', today: TODAY }))))
  })

  it('waits while a request is in flight, and answers a request made during warming', async () => {
    const { ctx, keptAll } = await twoCentres()
    let busy = true
    const paused = startWarming(ctx.db, { years: [2025], today: TODAY, busy: () => busy })
    for (let i = 0; i < 20; i++) await nextTurn()
    expect(await keptAll([2025])).toEqual([false, false])
    busy = false
    expect((await paused.done).documents).toBe(2)

    // The real counter: warming pauses behind the leader's request, which is answered in full.
    const admin = await signedInAdmin(ctx)
    const leader = await signedInUser(ctx, admin, 'leder1', 'leader')
    const warming = startWarming(ctx.db, { years: [2026], today: TODAY, busy: () => requestsInFlight() > 0 })
    const res = await leader.request('GET', '/api/statistics?year=2025')
    expect(res.status).toBe(200)
    expect(((await res.json()) as { year: number }).year).toBe(2025)
    expect((await warming.done).documents).toBe(2)
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
