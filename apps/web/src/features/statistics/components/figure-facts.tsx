import type { Indicator, NationalFigure } from '../api/get-dashboard'
import type { IndicatorInfo } from '../lib/catalog'
import { formatChange, formatCount, formatN, formatValue, noRegistrations } from '../lib/format'
import { nationalValue } from '../lib/national'

interface FigureFactsProps {
  info: IndicatorInfo
  year: number
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

/** The figure in words: value, N, unknown, change from last year and the national figure. */
export function FigureFacts({ info, year, current, previous, national }: FigureFactsProps) {
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
          <dt>Endring fra {year - 1}</dt>
          <dd>{previous ? formatChange(info.kind, current.value, previous.value) : noRegistrations(year - 1)}</dd>
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
