import { formByKey } from '@ly/forms'
import { Link } from 'react-router'
import { paths } from '@/lib/paths'
import type { Dashboard } from '../api/get-dashboard'
import { formatCount } from '../lib/format'

/**
 * How many records of the period could not be counted as persons: no case code and no answer to
 * whether it was the person's first this year (issue 17, point 5). They still count as events.
 */
export function UnplacedNotice({ dashboard }: { dashboard: Pick<Dashboard, 'unplaced' | 'current'> }) {
  const entries = Object.entries(dashboard.unplaced).filter(([, n]) => n > 0)
  if (entries.length === 0) return null
  const total = entries.reduce((a, [, n]) => a + n, 0)
  const parts = entries.map(([key, n]) => `${formByKey(key)?.title ?? key}: ${formatCount(n)}`)
  return (
    <p className="unplaced-notice" role="status">
      {formatCount(total)} {total === 1 ? 'registrering' : 'registreringer'} kan ikke telles som personer, fordi det ikke er svart på om det var personens første gang i år
      ({parts.join(' · ')}). De telles som besøk, opphold eller samtaler.{' '}
      <Link to={`${paths.quality}?ar=${dashboard.current.year}`}>Svar på spørsmålet i Kvalitetskontroll</Link>.
    </p>
  )
}
