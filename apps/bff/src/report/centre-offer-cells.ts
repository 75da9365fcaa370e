import { activeOptions, isEmptyValue, isFieldActive, optionLabelIn, type FieldDef, type FormDef, type MultiField, type RecordValues } from '@ly/forms'
import { centreIndicatorFor } from '../statistics/centre-indicators'
import { nationalFigures, type NationalFigure } from '../statistics/national-figures'
import { formatNumber } from './format'
import type { CentreOfferCell, CentreOfferRow } from './model'

type Offer = 'women' | 'men'

export const NOT_FILLED_IN = 'ikke fylt ut'
export const NOT_ASKED = 'spørres ikke'
export const UNANSWERED = '–'

/** The latest national figure for a field and offer, if any (a new S4 year is added beside the old). */
export function nationalFor(field: string, offer: Offer): NationalFigure | undefined {
  const id = centreIndicatorFor(field, offer)?.id
  return nationalFigures.filter((f) => f.indicator === id).reduce<NationalFigure | undefined>((latest, f) => (!latest || f.year > latest.year ? f : latest), undefined)
}

/** "42 av 43", "40–42 av 43", or null where S4 gives no number. */
export function nationalText(figure: NationalFigure | undefined, category: string): string | null {
  if (!figure || figure.value === undefined) return null
  const of = `av ${formatNumber(figure.value)}`
  const count = figure.categories?.[category]
  if (count !== undefined) return `${formatNumber(count)} ${of}`
  const range = figure.ranges?.[category]
  return range ? `${formatNumber(range[0])}–${formatNumber(range[1])} ${of}` : null
}

/** A record's answer to a whole question, or the reason there is none. */
function state(form: FormDef, field: FieldDef, record: RecordValues | undefined): 'missing' | 'not_asked' | 'empty' | 'answered' {
  if (!record) return 'missing'
  if (!isFieldActive(form, field, record)) return 'not_asked'
  return isEmptyValue(record[field.key]) ? 'empty' : 'answered'
}

const reason = { missing: NOT_FILLED_IN, not_asked: NOT_ASKED, empty: UNANSWERED } as const

interface RowInput {
  form: FormDef
  field: FieldDef
  year: number
  records: readonly { offer: Offer; values: RecordValues | undefined }[]
}

/** One row: `answer` says what the centre answered for the offer, `category` what S4 counted. */
function row(input: RowInput, key: string, label: string, category: string, answer: (values: RecordValues) => string): CentreOfferRow {
  const cells = input.records.map(({ offer, values }): CentreOfferCell => {
    const s = state(input.form, input.field, values)
    return { answer: s === 'answered' ? answer(values!) : reason[s], national: nationalText(nationalFor(input.field.key, offer), category) }
  })
  return { key, label, cells }
}

const yesNo = (v: unknown) => (v === true ? 'Ja' : v === false ? 'Nei' : UNANSWERED)

/**
 * The rows of one question in the year's wording: a multiple choice has a row per option the
 * year offers (Ja/Nei), a single choice with national counts a row per option; any other
 * question is one row, labelled with the question, holding the answer itself.
 */
export function questionRows(input: RowInput, anyLabel?: string): { kind: 'choices' | 'answer'; rows: CentreOfferRow[] } {
  const { field, year } = input
  if (field.kind === 'multi' || (field.kind === 'single' && input.records.some(({ offer }) => nationalFor(field.key, offer)))) {
    const chosen = (v: RecordValues) => (Array.isArray(v[field.key]) ? (v[field.key] as string[]) : [v[field.key] as string])
    const options = activeOptions(field, year).map((o) => row(input, o.key, optionLabelIn(o, year), o.key, (v) => (chosen(v).includes(o.key) ? 'Ja' : 'Nei')))
    if (!anyLabel) return { kind: 'choices', rows: options }
    const exclusive = new Set((field as MultiField).options.filter((o) => o.exclusive).map((o) => o.key))
    return { kind: 'choices', rows: [row(input, 'any', anyLabel, 'any', (v) => (chosen(v).some((k) => !exclusive.has(k)) ? 'Ja' : 'Nei')), ...options] }
  }
  const answer = (v: RecordValues): string => {
    const value = v[field.key]
    if (field.kind === 'boolean') return yesNo(value)
    if (field.kind === 'integer') return `${formatNumber(value as number)}${field.unit ? ` ${field.unit}` : ''}`
    if (field.kind === 'single') {
      const option = field.options.find((o) => o.key === value)
      return option ? optionLabelIn(option, year) : String(value)
    }
    return String(value)
  }
  return { kind: 'answer', rows: [row(input, field.key, field.label, 'yes', answer)] }
}
