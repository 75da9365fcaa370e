import type { ReportCell, ReportTable } from '../model'
import { formatNumber, formatPercent } from '../format'

/** Published numbers of a model, by table, row and column. Hidden or unregistered give null. */
export class Lookup {
  private readonly tables: Map<string, ReportTable>
  /**
   * A column's year in words: the year itself, or in a tertial's report that tertial of the
   * year («2. tertial 2026», decision 0039) — the report's columns are the same period each year.
   */
  readonly say: (year: number) => string
  constructor(tables: readonly ReportTable[], say: (year: number) => string = String) {
    this.tables = new Map(tables.map((t) => [t.id, t]))
    this.say = say
  }

  cell(table: string, row: string, col: string | number): ReportCell | undefined {
    const t = this.tables.get(table)
    const ci = t?.columns.findIndex((c) => c.key === String(col)) ?? -1
    if (!t || ci < 0) return undefined
    return t.rows.find((r) => r.key === row)?.cells[ci]
  }

  count(table: string, row: string, col: string | number): number | null {
    const c = this.cell(table, row, col)
    return c?.state === 'value' ? c.value : null
  }

  percent(table: string, row: string, col: string | number): number | null {
    const c = this.cell(table, row, col)
    return c?.state === 'value' ? c.percent : null
  }

  state(table: string, row: string, col: string | number) {
    return this.cell(table, row, col)?.state
  }

  /** The category rows of a block (a group prefix, or '' for the table's only block), largest share first. */
  ranked(table: string, col: string | number, prefix = ''): { key: string; label: string; percent: number }[] {
    const t = this.tables.get(table)
    if (!t) return []
    return t.rows
      .filter((r) => r.kind === 'category' && r.key.startsWith(prefix))
      .flatMap((r) => {
        const p = this.percent(table, r.key, col)
        return p !== null && p > 0 ? [{ key: r.key, label: r.label, percent: p }] : []
      })
      .sort((a, b) => b.percent - a.percent)
  }
}

/** "Psykisk vold" → "psykisk vold" inside a sentence; acronyms (NAV) keep their case. */
export const inSentence = (label: string) => (/^[A-ZÆØÅ][a-zæøå]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label)

export const n = (value: number) => formatNumber(value)
export const pct = (value: number) => formatPercent(value)

/** "Det er 24 flere enn i 2015 (98)." — or nothing when either year is not published. */
export function change(current: number | null, previous: number | null, year: number, noun: string, say: (year: number) => string = String): string | null {
  if (current === null || previous === null) return null
  const diff = current - previous
  if (diff === 0) return `Det er like mange ${noun} som i ${say(year - 1)}.`
  const more = diff > 0 ? 'flere' : 'færre'
  const rel = previous > 0 ? `, en ${diff > 0 ? 'økning' : 'nedgang'} på ${formatPercent((Math.abs(diff) / previous) * 100)}` : ''
  return `Det er ${n(Math.abs(diff))} ${more} ${noun} enn i ${say(year - 1)} (${n(previous)})${rel}.`
}

/**
 * The change in a row from the year before — or, when the year before has no registrations in
 * Ly (before the centre's first record of the form: "ikke registrert", or no column at all),
 * that there is nothing to compare with, never a change from zero.
 */
export function changeFrom(l: Lookup, table: string, row: string, year: number, noun: string): string | null {
  const current = l.count(table, row, year)
  if (current === null) return null
  const previous = l.state(table, row, year - 1)
  if (previous === 'not_registered' || previous === undefined) return `Ingen registreringer i ${l.say(year - 1)} å sammenligne med.`
  return change(current, l.count(table, row, year - 1), year, noun, l.say)
}

/**
 * Beside a persons figure, the table's count of events that place nobody (D-01b, P-03b; decision
 * 0037): the persons figure is then a lower bound. Nothing when none, or when the count is hidden.
 */
export function unplacedSentence(count: number | null, one: string, many: string, first: string): string | null {
  if (count === null || count === 0) return null
  return `${n(count)} ${count === 1 ? one : many} er ikke telt som personer, fordi det er svart «Vet ikke» eller ikke svart på om det var personens første ${first} i år. Antallet personer kan derfor være noe høyere.`
}

export const HIDDEN_SENTENCE = 'er skjult for å hindre at enkeltpersoner kan kjennes igjen'
