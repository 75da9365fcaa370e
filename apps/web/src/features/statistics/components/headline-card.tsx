import { useId } from 'react'
import type { Indicator, NationalFigure } from '../api/get-dashboard'
import type { IndicatorInfo } from '../lib/catalog'
import { categoryRows } from '../lib/categories'
import { formatChange, formatCount, formatN, formatValue, noRegistrations, unitLabel } from '../lib/format'
import { nationalText } from '../lib/national'
import type { PeriodNames } from '../lib/period-names'

interface HeadlineCardProps {
  info: IndicatorInfo
  names: PeriodNames
  current: Indicator
  /** The same period last year; undefined when its form had no record then: nothing to compare with. */
  previous: Indicator | undefined
  national: NationalFigure | undefined
}

/** A headline figure: the value, its parts (such as men among the adults), the change from the same period last year and the national figure. */
export function HeadlineCard({ info, names, current, previous, national }: HeadlineCardProps) {
  const titleId = useId()
  const parts = info.kind === 'count' ? categoryRows(info, current, names.year).filter((r) => r.count > 0) : []
  const nationalLine = national ? nationalText(national, info.kind) : null
  const unit = info.kind === 'count' ? unitLabel(current.unit) : ''
  return (
    <article aria-labelledby={titleId} className="headline-card">
      <h3 id={titleId}>{info.title}</h3>
      <p className="headline-value">
        <span>{formatValue(info.kind, current.value)}</span>
        {unit && <span className="headline-unit"> {unit}</span>}
      </p>
      {info.kind !== 'count' && <p className="headline-detail">{formatN(current.n, current.unit, info.kind)}</p>}
      {parts.length > 0 && <p className="headline-detail">{parts.map((p) => `${p.label}: ${formatCount(p.count)}`).join(' · ')}</p>}
      <p className="headline-change">{previous ? `Endring fra ${names.previous}: ${formatChange(info.kind, current.value, previous.value)}` : noRegistrations(names.previous)}</p>
      {nationalLine && <p className="national">{nationalLine}</p>}
    </article>
  )
}
