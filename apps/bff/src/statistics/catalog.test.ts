import { describe, expect, it } from 'vitest'
import { findField, formByKey } from '@ly/forms'
import { createTestApp } from '../testing/test-app'
import { indicatorCatalog } from './catalog'
import { centreIndicators } from './centre-indicators'
import { computeStatistics } from './engine'
import { nationalFigures } from './national-figures'

describe('the indicator catalog', () => {
  it('describes exactly the indicators the engine computes', async () => {
    const ctx = await createTestApp()
    const { indicators } = await computeStatistics(ctx.db, { centreId: ctx.centre.centreId, year: 2026, offer: 'all' })
    expect(indicatorCatalog.map((c) => c.id).sort()).toEqual(Object.keys(indicators).sort())
    expect(new Set(indicatorCatalog.map((c) => c.id)).size).toBe(indicatorCatalog.length)
  })

  it('names real form fields, so labels come from the definitions', () => {
    for (const entry of indicatorCatalog.filter((c) => c.field)) {
      const form = formByKey(entry.form!)
      expect(form, entry.id).toBeDefined()
      expect(findField(form!, entry.field!), `${entry.id} ${entry.field}`).toBeDefined()
    }
  })

  it('names in a national figure only categories its indicator has, so a renamed option cannot leave a national share beside nothing', async () => {
    // An empty year: every indicator computed, every category zero-filled.
    const ctx = await createTestApp()
    const { indicators } = await computeStatistics(ctx.db, { centreId: ctx.centre.centreId, year: 2026, offer: 'all' })
    const strays: string[] = []
    for (const f of nationalFigures.filter((n) => indicators[n.indicator])) {
      // The engine's categories, and the question's options: «Vet ikke» is counted apart, not as a category.
      const entry = indicatorCatalog.find((c) => c.id === f.indicator)!
      const field = entry.form && entry.field ? findField(formByKey(entry.form)!, entry.field) : undefined
      const known = new Set([...Object.keys(indicators[f.indicator]!.categories ?? {}), ...(field && 'options' in field ? field.options.map((o) => o.key) : [])])
      for (const key of [...Object.keys(f.categories ?? {}), ...Object.keys(f.ranges ?? {})]) if (!known.has(key)) strays.push(`${f.indicator} ${key}`)
    }
    expect(strays).toEqual([])
  })

  it("has a national figure only for indicators that exist (the engine's, or the annual form's centre-level ones)", () => {
    const ids = new Set([...indicatorCatalog.map((c) => c.id), ...centreIndicators.map((c) => c.id)])
    for (const f of nationalFigures) expect(ids.has(f.indicator), f.indicator).toBe(true)
  })
})
