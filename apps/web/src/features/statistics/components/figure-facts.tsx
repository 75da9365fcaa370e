import type { Indicator, NationalFigure } from '../api/get-dashboard'
import type { IndicatorInfo } from '../lib/catalog'
import { formatChange, formatCount, formatN, formatValue, noRegistrations } from '../lib/format'
import { nationalValue } from '../lib/national'
import type { PeriodNames } from '../lib/period-names'

interface FigureFactsProps {
  info: IndicatorInfo
  names: PeriodNames
  current: Indicator
  previous: Indicator | undefined
  national: NationalFigure | undefined
}

const valueTerm: Record<IndicatorInfo['kind'], string> = {
  count: 'Antall',
  distribution: 'Svart',
  share: 'Andel',
  mean: 'Gjennomsnitt',
  median: 'Median',
  ratio: 'Forhold',
  months: 'Antall',
}

/** The figure in words: value, N, unknown, change from the same period last year and the national figure. */
export function FigureFacts({ info, names, current, previous, national }: FigureFactsProps) {
  const nationalLine = national ? nationalValue(national, info.kind) : null
  const showN = info.kind !== 'count'
  return (
    <dl className="figure-facts">
      {info.kind !== 'distribution' && (
        <div>
          <dt>{valueTerm[info.kind]}</dt>
          <dd>{formatValue(info.kind, current.value)}</dd>
        </div>
      )}
      {(showN || info.basis) && (
        <div>
          <dt>Grunnlag</dt>
          <dd>{[info.basis, showN ? formatN(current.n, current.unit, info.kind) : ''].filter(Boolean).join(', ')}</dd>
        </div>
      )}
      {current.unknown !== undefined && current.unknown > 0 && (
        <div>
          <dt>Ukjent</dt>
          <dd>{formatCount(current.unknown)}</dd>
        </div>
      )}
      {info.kind !== 'distribution' && (
        <div>
          <dt>Endring fra {names.previous}</dt>
          <dd>{previous ? formatChange(info.kind, current.value, previous.value) : noRegistrations(names.previous)}</dd>
        </div>
      )}
      {nationalLine && (
        <div>
          <dt>Nasjonalt {national?.year}</dt>
          <dd className="national">
            {nationalLine}
            {national?.note ? ` ${national.note}` : ''}
          </dd>
        </div>
      )}
    </dl>
  )
}
