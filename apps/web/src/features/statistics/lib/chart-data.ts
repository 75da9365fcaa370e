/** One bar, column or point: its label, its size and how its value is written. */
export interface Datum {
  key: string
  label: string
  value: number | null
  display: string
}

/**
 * The sentence a chart gives a screen reader instead of its picture: the highest and lowest
 * values. Every chart has its full figures in a table beside it, which the sentence points to.
 */
export function summarise(data: readonly Datum[]): string {
  const known = data.filter((d): d is Datum & { value: number } => d.value !== null)
  if (known.length === 0) return 'Ingen tall å vise. '
  const max = known.reduce((a, b) => (b.value > a.value ? b : a))
  const min = known.reduce((a, b) => (b.value < a.value ? b : a))
  if (max === min || max.value === min.value) return `Alle: ${max.display}. `
  return `Høyest: ${max.label}, ${max.display}. Lavest: ${min.label}, ${min.display}. `
}

export const TABLE_HINT = 'Alle tallene står i tabellen.'

/** The scale's top: the largest value, or 1 so that all-zero charts still draw. */
export const scaleMax = (values: readonly (number | null)[]) => Math.max(1, ...values.map((v) => v ?? 0))
