import { describe, expect, it } from 'vitest'
import { centreYearForm, findField } from '@ly/forms'
import { centreIndicators } from './centre-indicators'
import { nationalFigures } from './national-figures'

describe('centre-level indicators (the annual form, S4)', () => {
  const byId = new Map(centreIndicators.map((c) => [c.id, c]))

  it('name real centre_year fields, each id once', () => {
    expect(byId.size).toBe(centreIndicators.length)
    for (const c of centreIndicators) expect(findField(centreYearForm, c.field), c.id).toBeDefined()
  })

  it("count only what the field can answer: its options, 'yes' for yes/no, 'any' for at least one", () => {
    for (const figure of nationalFigures.filter((f) => f.indicator.startsWith('K-'))) {
      const indicator = byId.get(figure.indicator)
      expect(indicator, figure.indicator).toBeDefined()
      const field = findField(centreYearForm, indicator!.field)!
      const allowed = 'options' in field ? [...field.options.map((o) => o.key), ...(field.kind === 'multi' ? ['any'] : [])] : ['yes']
      for (const key of [...Object.keys(figure.categories ?? {}), ...Object.keys(figure.ranges ?? {})]) expect(allowed, `${figure.indicator} ${key}`).toContain(key)
      for (const n of Object.values(figure.categories ?? {})) expect(n).toBeLessThanOrEqual(figure.value!)
      for (const [from, to] of Object.values(figure.ranges ?? {})) expect(from <= to && to <= figure.value!).toBe(true)
    }
  })
})
