import { useId } from 'react'
import type { Dashboard } from '../api/get-dashboard'
import { describe, orderedIds } from '../lib/catalog'
import { formatCount, monthShortNames } from '../lib/format'
import { periodNames } from '../lib/period-names'
import { ColumnChart } from './charts/column-chart'
import { MonthTable } from './month-table'

function MonthFigure({ dashboard, id }: { dashboard: Dashboard; id: string }) {
  const headingId = useId()
  const { current, previous, catalog } = dashboard
  const indicator = current.indicators[id]!
  const months = indicator.months ?? {}
  const info = describe(catalog, id, indicator)
  const names = periodNames(dashboard)
  const data = monthShortNames.map((label, i) => {
    const value = months[String(i + 1)] ?? 0
    return { key: String(i + 1), label, value, display: formatCount(value) }
  })
  return (
    <section aria-labelledby={headingId} className="indicator">
      <h3 id={headingId}>{info.title}</h3>
      <div className="figure-body">
        <ColumnChart title={`${info.title}, ${names.current}`} data={data} />
        <MonthTable caption={info.title} names={names} current={months} previous={previous.indicators[id]?.months} />
      </div>
    </section>
  )
}

const hasAny = (months: Record<string, number> | undefined) => Object.values(months ?? {}).some((v) => v > 0)

/**
 * Every month series the engine gives (nights, moves in and out, visits, calls). Series with
 * nothing in either year are named in one sentence instead of drawn as twelve empty columns.
 */
export function MonthlySection({ dashboard }: { dashboard: Dashboard }) {
  const { current, previous, catalog } = dashboard
  const ids = orderedIds(catalog, Object.keys(current.indicators)).filter((id) => current.indicators[id]?.months)
  if (ids.length === 0) return null
  const shown = ids.filter((id) => hasAny(current.indicators[id]?.months) || hasAny(previous.indicators[id]?.months))
  const names = periodNames(dashboard)
  const empty = ids.filter((id) => !shown.includes(id)).map((id) => describe(catalog, id, current.indicators[id]!).title)
  return (
    <section aria-labelledby="per-maned" className="stats-section">
      <h2 id="per-maned">Måned for måned {names.current}</h2>
      {shown.map((id) => (
        <MonthFigure key={id} dashboard={dashboard} id={id} />
      ))}
      {empty.length > 0 && (
        <p className="muted">
          Ingen registreringer i {names.previous} eller {names.current}: {empty.join(', ')}.
        </p>
      )}
    </section>
  )
}
