import type { Dashboard } from '../api/get-dashboard'
import { areaOf, describe, type AreaKey } from './catalog'

/**
 * The BFF's headline ids the engine computed for the period, in its order, whose area `where`
 * accepts: the capacity figures have a card of their own, the others are «Nøkkeltall».
 */
export function headlineIds(dashboard: Dashboard, where: (area: AreaKey) => boolean): string[] {
  const { headline, current, catalog } = dashboard
  return headline.filter((id) => {
    const indicator = current.indicators[id]
    return indicator !== undefined && where(areaOf(describe(catalog, id, indicator)))
  })
}
