import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anonymise, equivalenceClasses, fullyHidden, type QuasiIdentifier } from './k-anonymity'

const K = 5
const same = (v: unknown) => v as string
const qis: QuasiIdentifier[] = [
  { key: 'sex', levels: [{ map: same, values: ['female', 'male'] }] },
  {
    key: 'age_group',
    levels: [
      { map: same, values: null },
      { map: (v) => (['30_39', '40_49'].includes(String(v)) ? '30_49' : 'other'), values: null },
    ],
  },
  {
    key: 'month',
    levels: [
      { map: same, values: null },
      { map: (v) => `K${Math.ceil(Number(v) / 3)}`, values: null },
    ],
  },
]
const line = fc.record({
  sex: fc.constantFrom('female', 'female', 'female', 'male', null),
  age_group: fc.constantFrom('30_39', '40_49', '60_plus', null),
  month: fc.integer({ min: 1, max: 12 }).map(String),
  answer: fc.constantFrom('a', 'b'),
})

describe('k-anonymity of a record-level file', () => {
  it('property: every combination of quasi-identifiers is shared by k lines or hides everything; no line is dropped', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const out = anonymise(lines, qis, K, ':').records
        expect(out).toHaveLength(lines.length)
        out.forEach((r, i) => expect(r.answer).toBe(lines[i]!.answer))
        for (const members of equivalenceClasses(out, qis).values()) if (!fullyHidden(members[0]!, qis, ':')) expect(members.length).toBeGreaterThanOrEqual(K)
      }),
      { numRuns: 200 },
    )
  })

  it('generalises before it suppresses: months become quarters when that is enough', () => {
    const lines = Array.from({ length: 10 }, (_, i) => ({ sex: 'female', age_group: '30_39', month: String((i % 3) + 1) }))
    const out = anonymise(lines, qis, K, ':')
    expect(out.levels.month).toBe(1)
    expect(out.records.every((r) => r.month === 'K1')).toBe(true)
    expect(Object.values(out.locallySuppressed).every((n) => n === 0)).toBe(true)
  })
})
