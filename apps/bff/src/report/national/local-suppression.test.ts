import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { suppressRecords, type FieldDomain } from './local-suppression'

const T = 4
const single: FieldDomain = { key: 'sex', values: ['female', 'male', 'other', 'unknown'], multi: false }
const multi: FieldDomain = { key: 'violence_types', values: ['a', 'b', 'c', 'd'], multi: true }
const yesNo: FieldDomain = { key: 'brought_children', values: [true, false], multi: false }
const fields = [single, multi, yesNo]

const recordArb = fc.record({
  sex: fc.constantFrom('female', 'female', 'female', 'male', 'other', null),
  violence_types: fc.subarray(['a', 'b', 'c', 'd']),
  brought_children: fc.constantFrom(true, true, false, null),
})

function clearCounts(records: readonly Record<string, unknown>[], key: string) {
  const counts = new Map<unknown, number>()
  for (const r of records) {
    const v = r[key]
    for (const item of Array.isArray(v) ? v : v === null || v === undefined ? [] : [v]) counts.set(item, (counts.get(item) ?? 0) + 1)
  }
  return counts
}

describe('small numbers in a record-level file', () => {
  it('hides a rare answer, and a second one when the mark would stand for one answer only', () => {
    const records = [...Array.from({ length: 9 }, () => ({ brought_children: false })), { brought_children: true }]
    // Only true is rare; the mark would mean "true", so false is hidden too.
    // Read as plain records: the mark is a string where the answer was a boolean.
    const out: Record<string, unknown>[] = suppressRecords(records, [yesNo], T, ':')
    expect(out.every((r) => r.brought_children === ':')).toBe(true)
  })

  it('property: no clear answer is given by 1–4 records, and the mark never stands for one answer', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 40 }), (records) => {
        const out = suppressRecords(records, fields, T, ':')
        for (const field of fields) {
          const counts = clearCounts(out, field.key)
          for (const [value, c] of counts) if (value !== ':') expect(c > T, `${field.key}=${String(value)}`).toBe(true)
          if (counts.has(':')) expect(field.values!.filter((v) => !counts.has(v)).length).toBeGreaterThanOrEqual(2)
        }
      }),
      { numRuns: 300 },
    )
  })
})
