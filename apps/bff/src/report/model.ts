/**
 * The yearly report as data (docs/report.md): built once in the BFF, rendered by the print
 * page, the Excel workbook, the CSV file and the SPA. Everything that leaves Ly is rendered
 * from the shareable model, in which small counts are already replaced (decision 8).
 */
export type ReportView = 'internal' | 'shareable'

export type SectionKey = 'about' | 'phone' | 'residential' | 'adults' | 'children' | 'nights' | 'conversations' | 'capacity' | 'centre_offer'

/**
 * `value`: a number is shown. `suppressed`: hidden to protect the people behind a small number.
 * `not_registered`: the question, option or form did not exist in Ly that year ("ikke registrert",
 * never a zero).
 */
export type CellState = 'value' | 'suppressed' | 'not_registered'

export interface ReportCell {
  /** A count (persons, stays, calls, nights) or, in a `measure` row, a mean or ratio. */
  value: number | null
  /** Percent of the column's N, unrounded; null when there is none or it is hidden. */
  percent: number | null
  state: CellState
}

/**
 * `category`: one answer's count and share. `total`: a sum of other rows, printed. `n`: those who
 * answered, the base of the column's percentages. `measure`: a mean, median or ratio (no count).
 */
export type RowKind = 'category' | 'total' | 'n' | 'measure'

export interface ReportRow {
  key: string
  label: string
  kind: RowKind
  /** A heading the row belongs to (e.g. "Beboer" / "Voldsutøver" in Figur 7). */
  group?: string
  /** One cell per column, in column order. */
  cells: ReportCell[]
}

export interface ReportColumn {
  key: string
  label: string
}

export interface ReportTable {
  /** Stable within a report: "fig-04", "tab-adults-previous-stays". */
  id: string
  /** Sarpsborg's figure number (S1), or null for the text-only figures of data-dictionary §5.3. */
  figure: number | null
  caption: string
  /** What is counted and what the percentages are of, in plain Norwegian. */
  unit: string
  /** Multiple choice: the shares may add up to more than 100 %. */
  multi: boolean
  /** Whether percentages are shown beside the counts. */
  showPercent: boolean
  columns: ReportColumn[]
  rows: ReportRow[]
  /** Statistics indicator ids (data-dictionary §4) the table is built from. */
  indicators: string[]
  /** Form fields shown, as `form.field`. */
  fields: string[]
  note?: string
}

export interface ReportComment {
  text: string
  version: number
  updatedAt: string
  updatedBy: string | null
}

export interface ReportSection {
  key: SectionKey
  /** S1's heading, verbatim where S1 has one. */
  title: string
  /** Generated plain-Norwegian sentences from the numbers of this section's tables. */
  sentences: string[]
  tables: ReportTable[]
  /** The leader's commentary (internal and shareable alike: leaders write it to be shared). */
  comment: ReportComment | null
  indicators: string[]
  fields: string[]
  /** The centre's answers on the annual form beside the national counts ("Tilbudet ved senteret" only). */
  centreOffer?: CentreOfferFacts
  /** The year's occupancy chart («Kapasitet og avvisninger» only; absent without places). */
  occupancy?: ReportOccupancy
}

/**
 * The year night by night against the places (the dashboard's chart). `occupied` is null in the
 * shareable view, which draws the full days only; a month the table hides is left out.
 */
export interface ReportOccupancy {
  year: number
  places: number
  days: { date: string; occupied: number | null; full: boolean }[]
  /** What is drawn, against what. */
  caption: string
  /** What a reader who cannot see the picture needs of it, naming the table that holds its numbers. */
  description: string
  /** How to read it, and what the shareable view leaves out. */
  note: string
  /** The id of the table that is the chart's table alternative. */
  table: string
}

/**
 * The annual centre form's answers for the report's year, per offer, beside S4's national count
 * of centres with the same answer. Facts about the centre, not about people: never suppressed.
 */
export interface CentreOfferFacts {
  year: number
  /** The year of the national figures (S4), printed in the column headings. */
  nationalYear: number
  /** Column groups: the women's and the men's offer; `answered` when the year's form exists. */
  offers: { key: 'women' | 'men'; label: string; answered: boolean }[]
  /** Per offer, the headings every output prints: the offer, "Senteret 2025", "Landet 2024". */
  columns: { offer: string; centre: string; national: string }[]
  /** What the national column counts, and that nothing here is suppressed. */
  note: string
  /** One per part of the form (data-dictionary §6.1–6.14). */
  parts: CentreOfferPart[]
}

export interface CentreOfferPart {
  /** The form's section key. */
  key: string
  /** "6.2" */
  part: string
  title: string
  groups: CentreOfferGroup[]
}

/**
 * One question. `choices`: a row per option under the question as a heading. `answer`: one row,
 * labelled with the question, holding the answer (a number, a yes/no, the chosen option).
 */
export interface CentreOfferGroup {
  /** `centre_year.<field>` */
  field: string
  question: string
  kind: 'choices' | 'answer'
  rows: CentreOfferRow[]
}

export interface CentreOfferRow {
  key: string
  /** In the report year's wording (S4's renamings). */
  label: string
  /** One per offer, in `CentreOfferFacts.offers` order. */
  cells: CentreOfferCell[]
}

export interface CentreOfferCell {
  /** "Ja", "Nei", an option's label, a number with its unit, "–" unanswered, "ikke fylt ut", "spørres ikke". */
  answer: string
  /** "42 av 43", "40–42 av 43"; null where the national figures give no number. */
  national: string | null
}

export interface ReportModel {
  centre: { id: string; name: string }
  year: number
  /** A tertial's report (1–3, decision 0039), or null for the year's. */
  tertial: 1 | 2 | 3 | null
  /** The period in words for titles: «2026», «2. tertial 2026». */
  periodLabel: string
  view: ReportView
  /** Counts from 1 up to this are hidden in the shareable view. */
  threshold: number
  /** Printed in place of a hidden number. */
  mark: string
  legend: string
  /** Printed in place of a number for a year in which the question was not asked in Ly. */
  notRegistered: string
  sections: ReportSection[]
  /**
   * Printed at the top of every rendering when a consent withdrawal changed the figures after the
   * year was finalised (decision 0022): copies taken before no longer match. Null otherwise.
   */
  changeNote: string | null
}

export const SUPPRESSED_MARK = ':'
export const SUPPRESSED_LEGEND = 'Skjult for å hindre at enkeltpersoner kan kjennes igjen'
export const NOT_REGISTERED = 'ikke registrert'

/** The change note of a finalised year whose figures a withdrawal changed (decision 0022). */
export const changedAfterLockNote = (year: number) =>
  `Tallene for ${year} er endret etter at året ble ferdigstilt: samtykke til statistikk er trukket tilbake for noen registreringer, og de svarene telles ikke lenger. Rapporter som ble lastet ned eller skrevet ut før endringen, har andre tall.`
