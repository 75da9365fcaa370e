import { factPeriod, indicatorFor, sourceId, tableYears, type ReportData } from './data'
import { cellKey, emptyDisclosure, type BuiltTable } from './disclosure-types'
import type { ReportRow } from './model'
import { factOf, partValue } from './parts'
import type { CountsSpec } from './spec/types'
import { caption, columnIsRegistered, notRegistered } from './table-common'

/** Named numbers over the years (Figur 4, Figur 21 and the volumes of the text-only figures). */
export function buildCounts(data: ReportData, spec: CountsSpec): BuiltTable {
  const years = tableYears(data, spec.years)
  const disclosure = emptyDisclosure()
  const rows: ReportRow[] = spec.items.map((item) => {
    const kind = item.kind ?? 'category'
    const cells = years.map((year) => {
      const ind = indicatorFor(data, item.source, year)
      const value = ind && columnIsRegistered(data, item.form ?? spec.form, year) ? partValue(ind, item.part) : undefined
      if (value === undefined) return notRegistered()
      if (item.registeredBy) {
        const by = indicatorFor(data, item.registeredBy.source, year)
        if (!((by && partValue(by, item.registeredBy.part)) ?? 0)) return notRegistered()
      }
      const at = cellKey(item.key, String(year))
      if (kind === 'measure') {
        const baseInd = item.base && indicatorFor(data, item.base.source, year)
        if (item.base)
          disclosure.bases.set(at, { fact: factOf(item.base.source, factPeriod(data, year), item.base.part), value: baseInd ? (partValue(baseInd, item.base.part) ?? null) : null })
      } else if (value !== null) {
        disclosure.facts.set(at, factOf(item.source, factPeriod(data, year), item.part))
        if (item.dependsOn) {
          const depInd = indicatorFor(data, item.dependsOn.source, year)
          disclosure.dependsOn.set(at, {
            fact: factOf(item.dependsOn.source, factPeriod(data, year), item.dependsOn.part),
            value: depInd ? (partValue(depInd, item.dependsOn.part) ?? null) : null,
          })
        }
      }
      return { value, percent: null, state: 'value' as const }
    })
    return { key: item.key, label: item.label, kind, cells }
  })
  for (const sum of spec.sums ?? []) disclosure.sums.push({ parts: [...sum.parts], total: sum.total })

  return {
    table: {
      id: spec.id,
      figure: spec.figure,
      caption: caption(spec.caption, years, data.tertial),
      unit: spec.unit,
      multi: false,
      showPercent: false,
      columns: years.map((y) => ({ key: String(y), label: String(y) })),
      rows,
      indicators: [...new Set(spec.items.map((i) => sourceId(i.source)))],
      fields: [],
      ...(spec.note && { note: spec.note }),
    },
    disclosure,
  }
}
