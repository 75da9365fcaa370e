import { formByKey } from '@ly/forms'
import { Link } from 'react-router'
import { paths } from '@/lib/paths'
import type { Dashboard } from '../api/get-dashboard'
import { formatCount } from '../lib/format'

const nonZero = (counts: Record<string, number>) => Object.entries(counts).filter(([, n]) => n > 0)
const total = (entries: readonly [string, number][]) => entries.reduce((a, [, n]) => a + n, 0)
const perForm = (entries: readonly [string, number][]) => entries.map(([key, n]) => `${formByKey(key)?.title ?? key}: ${formatCount(n)}`).join(' · ')
const records = (n: number) => `${formatCount(n)} ${n === 1 ? 'registrering' : 'registreringer'}`

/**
 * The records of the period that are not counted as persons although they may be someone's first
 * this year (issue 17 point 5, decision 0037): without a case code, either unanswered (history:
 * fixed in Kvalitetskontroll) or answered «Vet ikke» (counted apart, shown as unknown). Both
 * still count as visits, stays or conversations.
 */
export function UnplacedNotice({ dashboard }: { dashboard: Pick<Dashboard, 'unplaced' | 'unknownFirst' | 'current'> }) {
  const unanswered = nonZero(dashboard.unplaced)
  const unknown = nonZero(dashboard.unknownFirst)
  if (unanswered.length === 0 && unknown.length === 0) return null
  return (
    <>
      {unanswered.length > 0 ? (
        <p className="unplaced-notice" role="status">
          {records(total(unanswered))} kan ikke telles som personer, fordi det ikke er svart på om det var personens første gang i år ({perForm(unanswered)}). De telles som besøk,
          opphold eller samtaler. <Link to={`${paths.quality}?ar=${dashboard.current.year}`}>Svar på spørsmålet i Kvalitetskontroll</Link>.
        </p>
      ) : null}
      {unknown.length > 0 ? (
        <p className="unplaced-notice" role="status">
          {records(total(unknown))} er besvart «Vet ikke» på om det var personens første gang i år ({perForm(unknown)}). De er ukjent: ikke telt som nye personer, men som besøk,
          opphold eller samtaler.
        </p>
      ) : null}
    </>
  )
}
