import { useSearchParams } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { toDisplayError } from '@/lib/api-error'
import { useDashboard } from '../api/get-dashboard'
import { areas } from '../lib/catalog'
import { dashboardSearch, readDashboardParams } from '../lib/params'
import { AreaSection } from './area-section'
import { BreakdownTool } from './breakdown-tool'
import { CapacitySection } from './capacity-section'
import { DashboardFilters } from './dashboard-filters'
import { HeadlineFigures } from './headline-figures'
import { InternalNotice } from './internal-notice'
import { MonthlySection } from './monthly-section'
import { TrendSection } from './trend-section'
import '../statistics.css'

/**
 * The leaders' dashboard: headline figures, trends, month series, every indicator by area and a
 * breakdown tool. Loaded lazily by the Statistikk route, so its code stays out of the
 * registration screens' bundle.
 */
export function Dashboard() {
  const [searchParams, setSearchParams] = useSearchParams()
  const params = readDashboardParams(searchParams)
  const dashboard = useDashboard(params)
  return (
    <>
      <InternalNotice />
      <DashboardFilters params={params} years={dashboard.data?.years ?? null} onChange={(next) => setSearchParams(dashboardSearch(next), { replace: true })} />
      {dashboard.isPending ? (
        <LoadingStatus>Laster statistikken …</LoadingStatus>
      ) : dashboard.isError ? (
        <FormAlert message={toDisplayError(dashboard.error).message} />
      ) : (
        <div className="dashboard" aria-busy={dashboard.isPlaceholderData}>
          {dashboard.isPlaceholderData && <LoadingStatus>Oppdaterer …</LoadingStatus>}
          <HeadlineFigures dashboard={dashboard.data} />
          <TrendSection dashboard={dashboard.data} params={params} />
          <CapacitySection dashboard={dashboard.data} params={params} />
          <MonthlySection dashboard={dashboard.data} />
          {areas.map((area) => (
            <AreaSection key={area.key} dashboard={dashboard.data} area={area.key} />
          ))}
          <BreakdownTool params={params} />
        </div>
      )}
    </>
  )
}
