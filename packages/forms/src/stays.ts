import { formatNorwegianDate as fmt } from './dates'

/**
 * How a child's stay sits inside the adult's stay it came with. The child may arrive later and
 * leave earlier than the adult, but not arrive before the adult, nor stay after the adult has
 * left: a child is never registered at the centre without the adult it came with. Same-day
 * dates are allowed both ways. Used by the BFF (inside the write transaction) and by the SPA.
 */
export interface StayDates {
  start: string
  /** null while the stay is open. */
  end: string | null
}

export interface DateIssue {
  path: 'stay_start_date' | 'stay_end_date'
  message: string
}

/** Problems with a child's dates, seen from the child's form. */
export function childStayDateIssues(adult: StayDates, child: StayDates): DateIssue[] {
  const issues: DateIssue[] = []
  if (child.start < adult.start) issues.push({ path: 'stay_start_date', message: `Barnet kan ikke flytte inn før den voksne (${fmt(adult.start)}).` })
  if (adult.end !== null) {
    if (child.start > adult.end) issues.push({ path: 'stay_start_date', message: `Barnet kan ikke flytte inn etter at den voksne flyttet ut (${fmt(adult.end)}).` })
    if (child.end === null)
      issues.push({ path: 'stay_end_date', message: `Den voksne flyttet ut ${fmt(adult.end)}. Registrer barnets utflyttingsdato, samme dag eller tidligere.` })
    else if (child.end > adult.end) issues.push({ path: 'stay_end_date', message: `Barnet kan ikke flytte ut etter den voksne (${fmt(adult.end)}).` })
  }
  return issues
}

/** The same rule seen from the adult's form, when the adult's dates change. */
export function adultStayDateIssues(adult: StayDates, children: readonly StayDates[]): DateIssue[] {
  const issues: DateIssue[] = []
  const earliest = children.map((c) => c.start).sort()[0]
  if (earliest !== undefined && earliest < adult.start) {
    issues.push({ path: 'stay_start_date', message: `Et barn i oppholdet flyttet inn ${fmt(earliest)}. Den voksnes innflytting kan ikke være senere enn barnets.` })
  }
  if (adult.end !== null) {
    const open = children.filter((c) => c.end === null).length
    const latest = children
      .flatMap((c) => (c.end === null ? [] : [c.end]))
      .sort()
      .at(-1)
    if (open > 0) {
      issues.push({
        path: 'stay_end_date',
        message: `${open === 1 ? 'Ett barn' : `${open} barn`} i oppholdet bor fortsatt på senteret. Sjekk ut barna først, samme dag eller tidligere.`,
      })
    } else if (latest !== undefined && latest > adult.end) {
      issues.push({ path: 'stay_end_date', message: `Et barn i oppholdet flyttet ut ${fmt(latest)}. Den voksnes utflytting kan ikke være tidligere enn barnets.` })
    }
  }
  return issues
}
