import { allFields, type FieldDef, type FormDef } from '@ly/forms'
import { ADULT_AGE_BANDS } from '../../statistics/indicators/residents'
import type { GeneralisationLevel, QuasiIdentifier } from './k-anonymity'
import type { RecordValue } from './local-suppression'

type Bands = readonly (readonly [string, number, number])[]
/** Decision 10: children's bands; adults' are the engine's (regroupable to the national ones). */
export const CHILD_AGE_BANDS: Bands = [
  ['0_2', 0, 2],
  ['3_5', 3, 5],
  ['6_10', 6, 10],
  ['11_15', 11, 15],
  ['16_17', 16, 17],
]
/** Nights in the year, grouped like ages: an exact stay length can single a person out. */
export const NIGHT_BANDS: Bands = [
  ['0', 0, 0],
  ['1_6', 1, 6],
  ['7_13', 7, 13],
  ['14_27', 14, 27],
  ['28_89', 28, 89],
  ['90_plus', 90, Infinity],
]

export const band = (value: number, bands: Bands) => bands.find(([, from, to]) => value >= from && value <= to)?.[0] ?? null
export const ageBands = (form: FormDef): Bands => (form.key === 'child_stay' ? CHILD_AGE_BANDS : ADULT_AGE_BANDS)

/**
 * The answers a neighbour, colleague or family member could know of a person (decision 0021):
 * who they are (sex, age, where they belong, parents born abroad, civil status, children with
 * them, earlier stays, a pet) and when and how they came (the offer, the months of start and
 * end, the nights). Everything else in the file is what the person told the centre.
 */
const KNOWABLE = new Set([
  'offer',
  'sex',
  'age',
  'civil_status',
  'parents_born_abroad',
  'municipality_affiliation',
  'brought_children',
  'children_brought_count',
  'previous_stays_count',
  'has_pet',
])

const same: GeneralisationLevel['map'] = (v) => v
const asIs = (field: FieldDef): GeneralisationLevel => ({
  map: same,
  values: field.kind === 'boolean' ? [true, false] : field.kind === 'single' ? field.options.map((o) => o.key) : null,
})

/** Band keys merged into wider bands: `wider[key]` is the wider band a narrow one falls in. */
const regroup = (wider: Readonly<Record<string, string>>): GeneralisationLevel => ({ map: (v) => wider[String(v)] ?? v, values: [...new Set(Object.values(wider))] })
const bandsLevel = (bands: Bands): GeneralisationLevel => ({ map: same, values: bands.map(([k]) => k) })

/** Month `2025-03` → quarter `2025-K1` → the year alone. */
const dateLevels: readonly GeneralisationLevel[] = [
  { map: same, values: null },
  { map: (v) => `${String(v).slice(0, 4)}-K${Math.floor((Number(String(v).slice(5, 7)) - 1) / 3) + 1}`, values: null },
  { map: (v) => String(v).slice(0, 4), values: null },
]

const countLevels = (wide: (n: number) => string): readonly GeneralisationLevel[] => [
  { map: same, values: null },
  { map: (v) => wide(Number(v)), values: null },
]

const ADULT_WIDE = regroup({ under_18: 'under_30', '18_29': 'under_30', '30_39': '30_49', '40_49': '30_49', '50_59': '50_plus', '60_plus': '50_plus' })
const CHILD_WIDE = regroup({ '0_2': '0_5', '3_5': '0_5', '6_10': '6_17', '11_15': '6_17', '16_17': '6_17' })
const NIGHTS_WIDE = regroup({ '0': '0_6', '1_6': '0_6', '7_13': '7_27', '14_27': '7_27', '28_89': '28_plus', '90_plus': '28_plus' })

/** The quasi-identifiers of one form's lines in the file, each with its generalisation levels. */
export function quasiIdentifiers(form: FormDef): QuasiIdentifier[] {
  const qis: QuasiIdentifier[] = []
  for (const field of allFields(form)) {
    if (field.kind === 'date') qis.push({ key: field.key, levels: dateLevels })
    else if (field.key === 'age') qis.push({ key: 'age_group', levels: [bandsLevel(ageBands(form)), form.key === 'child_stay' ? CHILD_WIDE : ADULT_WIDE] })
    else if (field.key === 'children_brought_count') qis.push({ key: field.key, levels: countLevels((n) => (n >= 2 ? '2_or_more' : String(n))) })
    else if (field.key === 'previous_stays_count') qis.push({ key: field.key, levels: countLevels((n) => (n >= 2 ? '2_or_more' : String(n))) })
    else if (KNOWABLE.has(field.key)) qis.push({ key: field.key, levels: [asIs(field)] })
  }
  if (form.endDateField) qis.push({ key: 'overnight_days', levels: [bandsLevel(NIGHT_BANDS), NIGHTS_WIDE] })
  return qis
}

/** A quasi-identifier's published value for an answer at a level (for readers and tests). */
export const publishedAt = (qi: QuasiIdentifier, level: number, value: RecordValue) => qi.levels[level]!.map(value)
