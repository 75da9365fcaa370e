import type { Dashboard, Indicator } from '../api/get-dashboard'

/** The BFF's description of one indicator id (apps/bff/src/statistics/catalog.ts). */
export type IndicatorInfo = Dashboard['catalog'][number]
export type IndicatorKind = IndicatorInfo['kind']

/** The dashboard's areas and the catalog sections each one shows. */
export const areas = [
  { key: 'residents', title: 'Botilbud', sections: ['residents'] },
  { key: 'children', title: 'Barn', sections: ['children'] },
  { key: 'day', title: 'Dagtilbud', sections: ['day_users'] },
  { key: 'phone', title: 'Telefon', sections: ['phone', 'duty_phone'] },
  { key: 'capacity', title: 'Kapasitet', sections: ['capacity'] },
  { key: 'consent', title: 'Samtykke', sections: ['consent'] },
] as const

export type AreaKey = (typeof areas)[number]['key']

// For ids the catalog does not describe (yet): the data dictionary's id prefixes.
const prefixAreas: Record<string, AreaKey> = { R: 'residents', B: 'residents', O: 'residents', C: 'children', D: 'day', P: 'phone', T: 'phone', CAP: 'capacity' }

export function areaOf(info: Pick<IndicatorInfo, 'id' | 'section'>): AreaKey {
  const bySection = areas.find((a) => (a.sections as readonly string[]).includes(info.section))
  return bySection?.key ?? prefixAreas[info.id.split('-')[0] ?? ''] ?? 'consent'
}

/** A kind guessed from the figure itself, for ids the catalog does not describe (yet). */
function guessKind(indicator: Indicator): IndicatorKind {
  if (indicator.months) return 'months'
  if (indicator.unit === 'percent') return 'share'
  if (indicator.unit === 'ratio') return 'ratio'
  if (indicator.unit === 'years') return 'mean'
  if (indicator.categories && indicator.value === indicator.n) return 'distribution'
  return 'count'
}

/**
 * The catalog's entry for an id, or a stand-in named by the id: a figure the engine computes is
 * shown even before the catalog has words for it.
 */
export function describe(catalog: readonly IndicatorInfo[], id: string, indicator: Indicator): IndicatorInfo {
  return catalog.find((c) => c.id === id) ?? { id, title: id, section: 'consent', kind: guessKind(indicator), basis: '' }
}

/**
 * The ids of a document in the catalog's order (the order the BFF means them to be read in),
 * then any the catalog does not know yet, in the data dictionary's order (D-16a before D-16b).
 */
export function orderedIds(catalog: readonly IndicatorInfo[], ids: readonly string[]): string[] {
  const known = catalog.map((c) => c.id).filter((id) => ids.includes(id))
  const unknown = ids.filter((id) => !known.includes(id)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  return [...known, ...unknown]
}
