import { describe, expect, it } from 'vitest'
import { forms, type FormDef } from '@ly/forms'
import { findRecords } from '../db/records'
import { fillCentreWithDemo } from '../demo/fill-centre'
import { createTestApp } from '../testing/test-app'
import { loadRecords, statisticsColumns } from './load'

describe('loadRecords', () => {
  it('reads every answer but free text exactly as the stored record reads back, multiple choices in definition order', async () => {
    const ctx = await createTestApp()
    const { centreId } = ctx.centre
    await fillCentreWithDemo(ctx.db, centreId, { years: 2, seed: 5, now: ctx.clock.now(), scale: 0.1 })
    for (const form of Object.values(forms) as FormDef[]) {
      const loaded = await loadRecords(ctx.db, form, { centreId, year: 2025, offer: 'all' })
      expect(loaded.length, form.key).toBeGreaterThan(0)
      const stored = new Map((await findRecords(ctx.db, form, centreId, { ids: loaded.map((r) => r.id) })).map((r) => [r.id, r]))
      const read = new Set([...statisticsColumns(form).map((c) => c.name)])
      for (const record of loaded) {
        const full = stored.get(record.id)!
        const expected = Object.fromEntries(Object.entries(full.values).filter(([key, v]) => read.has(key) || Array.isArray(v)))
        expect(record.values).toEqual(expected)
        expect(Object.keys(record.values).sort()).toEqual(Object.keys(expected).sort())
      }
    }
  })
})
