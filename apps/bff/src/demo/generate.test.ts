import { describe, expect, it } from 'vitest'
import { allFields, forms, isEmptyValue, recordSchema, type FormDef } from '@ly/forms'
import { generateYear, UNSURE_FIRST_PERCENT, type GeneratedRecord } from './generate-year'
import { Random } from './random'

const today = '2026-03-02'
const now = new Date('2026-03-02T12:00:00.000Z')

/** A few records a form and year; the years straddle options added (2017) and retired (2021). */
function history(seed: string, years = [2016, 2021, 2026], perForm = 25): GeneratedRecord[] {
  const codes = new Set<string>()
  return years.flatMap((year) => generateYear({ year, today, now, count: () => perForm, rng: new Random(seed).fork(year), ids: new Random(`ids-${seed}`).fork(year), codes }))
}

const records = history('test')

describe('demo generator', () => {
  it('generates every registered form, and every record passes the form’s recordSchema', () => {
    const registered = Object.values(forms) as FormDef[]
    // A form introduced later (phone conversations since 2020) still shows up in the later years.
    expect(new Set(records.map((r) => r.form.key))).toEqual(new Set(registered.map((f) => f.key)))
    for (const form of registered) {
      const schema = recordSchema(form, { today })
      for (const r of records.filter((x) => x.form === form)) {
        const result = schema.safeParse(r.values)
        expect(result.success, `${form.key} ${JSON.stringify(result.error?.issues)}`).toBe(true)
      }
    }
  })

  it('answers «Vet ikke» to «første gang i år» on a small share of the visits and conversations without a case code, never with one', () => {
    const many = history('vet-ikke', [2026], 400)
    const asked = many.filter((r) => r.form.firstInYearField && !r.form.endDateField && r.form.consentField && r.values[r.form.consentField] === true)
    const unknown = asked.filter((r) => r.values[r.form.firstInYearField!] === 'unknown')
    expect(unknown.length).toBeGreaterThan(0)
    expect(unknown.every((r) => !r.values.case_code)).toBe(true)
    expect(unknown.length / asked.length).toBeLessThan((UNSURE_FIRST_PERCENT * 2) / 100)
  })

  it('keeps only the bare event when consent is refused', () => {
    const refused = records.filter((r) => r.form.consentField && r.values[r.form.consentField] === false)
    expect(refused.length).toBeGreaterThan(0)
    for (const r of refused) {
      for (const field of allFields(r.form).filter((f) => !f.bare)) expect(isEmptyValue(r.values[field.key]), `${r.form.key}.${field.key}`).toBe(true)
    }
  })

  it('links children to their adult’s stay, with the adult’s consent and offer and dates inside the stay', () => {
    const byId = new Map(records.map((r) => [r.id, r]))
    const children = records.filter((r) => r.form.parent)
    expect(children.length).toBeGreaterThan(0)
    for (const child of children) {
      const parent = byId.get(child.parentId ?? '')
      expect(parent?.form.key).toBe(child.form.parent!.form)
      for (const key of child.form.parent!.inherits) expect(child.values[key]).toBe(parent!.values[key])
      const [start, end] = [child.form.dateField, child.form.endDateField!]
      expect(child.values[start]! >= parent!.values[start]!).toBe(true)
      expect(child.values[end]).toBe(parent!.values[end])
    }
    // The adult's own answer about children agrees with the children registered with the stay.
    const parentForms = new Set(children.map((c) => c.form.parent!.form))
    for (const adult of records.filter((r) => parentForms.has(r.form.key) && typeof r.values.brought_children === 'boolean')) {
      const count = children.filter((c) => c.parentId === adult.id).length
      expect(adult.values.brought_children).toBe(count > 0)
    }
  })

  it('leaves nothing dated after today, and leaves check-out questions of open stays unanswered', () => {
    for (const r of records) {
      expect(r.values[r.form.dateField]! <= today).toBe(true)
      if (!r.form.endDateField || r.values[r.form.endDateField] !== null) continue
      const checkOut = r.form.sections.filter((s) => s.phase === 'check_out').flatMap((s) => s.fields)
      for (const f of checkOut) expect(isEmptyValue(r.values[f.key]), `${r.form.key}.${f.key}`).toBe(true)
    }
  })

  it('gives some persons case codes that link repeat records, and writes no free text that is not a known phrase', () => {
    const coded = records.filter((r) => typeof r.values.case_code === 'string')
    const repeats = new Set(coded.map((r) => `${r.form.key}:${String(r.values.case_code)}`))
    expect(repeats.size).toBeLessThan(coded.length)
    for (const r of records) {
      for (const f of allFields(r.form).filter((x) => x.kind === 'text')) {
        const text = r.values[f.key]
        if (text !== null) expect(text).toMatch(/^[a-zæøå ]+$/)
      }
    }
  })

  it('is deterministic per seed', () => {
    const strip = (rs: GeneratedRecord[]) => rs.map((r) => [r.form.key, r.values])
    expect(strip(history('same', [2025], 10))).toEqual(strip(history('same', [2025], 10)))
    expect(strip(history('other', [2025], 10))).not.toEqual(strip(history('same', [2025], 10)))
  })
})
