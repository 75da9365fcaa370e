import { OccupancyChart } from '@/components/charts/occupancy-chart'
import type { ReportSection } from '../api/get-report'

type ReportOccupancy = NonNullable<ReportSection['occupancy']>

/**
 * The year's occupancy in «Kapasitet og avvisninger»: the dashboard's chart, captioned, with what
 * it shows in words; its numbers per month are in the table right after it.
 */
export function ReportOccupancyView({ figure }: { figure: ReportOccupancy }) {
  return (
    <figure className="report-chart" id={`fig-occupancy-${figure.year}`}>
      <figcaption className="report-chart-caption">{figure.caption}</figcaption>
      <OccupancyChart occupancy={figure} title={`${figure.caption}. ${figure.description}`} />
      <p className="field-description">
        {figure.description} {figure.note}
      </p>
    </figure>
  )
}
