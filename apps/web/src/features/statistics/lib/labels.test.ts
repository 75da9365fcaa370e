import { describe, expect, it } from 'vitest'
import { categoryLabel, fieldOf, isShownIn } from './labels'

describe('category labels', () => {
  it('come from the form definition where the category is an option', () => {
    const sex = fieldOf({ form: 'day_visit', field: 'sex' })
    expect(categoryLabel(sex, 'female')).toBe('Kvinne')
  })

  it('are derived from the key for the engine’s own bands and totals', () => {
    const assistance = fieldOf({ form: 'day_visit', field: 'assistance' })
    expect(categoryLabel(assistance, 'threat_assessment_either')).toBe('Systematisk kartlegging av trusler/beskyttelsesbehov (av senteret eller andre)')
    expect(categoryLabel(undefined, 'under_30')).toBe('Under 30')
    expect(categoryLabel(undefined, '30_49')).toBe('30–49')
    expect(categoryLabel(undefined, '50_plus')).toBe('50 og over')
    expect(categoryLabel(undefined, '3_or_more')).toBe('3 eller flere')
    expect(categoryLabel(undefined, '2_5_years')).toBe('2–5 år siden')
    expect(categoryLabel(undefined, 'more_than_5_years')).toBe('Mer enn 5 år siden')
    expect(categoryLabel(undefined, 'yes')).toBe('Ja')
    expect(categoryLabel(undefined, 'something_else')).toBe('something_else')
  })

  it('take the catalog’s words for categories the engine makes itself, never showing its keys', () => {
    const words = { in_scope: 'Om vold i nære relasjoner eller krisesentertjenester', other: 'Andre henvendelser' }
    expect(categoryLabel(undefined, 'in_scope', words)).toBe('Om vold i nære relasjoner eller krisesentertjenester')
    expect(categoryLabel(undefined, 'other', words)).toBe('Andre henvendelser')
    // A form's own option still wins over the catalog's words.
    expect(categoryLabel(fieldOf({ form: 'day_visit', field: 'sex' }), 'female', { female: 'Kvinner' })).toBe('Kvinne')
  })

  it('leave out an option retired before the year unless an old record still has it', () => {
    const assistance = fieldOf({ form: 'day_visit', field: 'assistance' })
    expect(isShownIn(assistance, 'threat_assessment', 2023, 0)).toBe(false)
    expect(isShownIn(assistance, 'threat_assessment', 2023, 2)).toBe(true)
    expect(isShownIn(assistance, 'threat_assessment', 2019, 0)).toBe(true)
    expect(isShownIn(assistance, 'threat_assessment_by_centre', 2019, 0)).toBe(false)
  })
})
