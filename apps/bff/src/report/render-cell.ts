import { formatMeasure, formatNumber, formatPercent } from './format'
import type { ReportCell, ReportModel, RowKind } from './model'

/** The text of a cell as the print page and the screen show it. */
export function cellText(cell: ReportCell, kind: RowKind, model: Pick<ReportModel, 'mark' | 'notRegistered'>): { value: string; percent: string } {
  if (cell.state === 'suppressed') return { value: model.mark, percent: '' }
  if (cell.state === 'not_registered') return { value: model.notRegistered, percent: '' }
  if (cell.value === null) return { value: '–', percent: '' }
  return { value: kind === 'measure' ? formatMeasure(cell.value) : formatNumber(cell.value), percent: cell.percent === null ? '' : formatPercent(cell.percent) }
}
