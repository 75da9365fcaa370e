import { Fragment } from 'react'
import type { Report, ReportSection } from '../api/get-report'
import { CentreOfferView } from './centre-offer-view'
import { CommentEditor } from './comment-editor'
import { ReportOccupancyView } from './report-occupancy-view'
import { ReportTableView } from './report-table-view'

interface ReportSectionViewProps {
  report: Report
  section: ReportSection
  index: number
}

export function ReportSectionView({ report, section, index }: ReportSectionViewProps) {
  const headingId = `seksjon-${section.key}`
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {index + 1}. {section.title}
      </h2>
      <div className="report-sentences">
        {section.sentences.map((s) => (
          <p key={s}>{s}</p>
        ))}
      </div>
      {/* Keyed by year: the draft survives a 409 (the newer version is fetched beneath it). A tertial's report has no comments. */}
      {report.tertial === null && <CommentEditor key={report.year} year={report.year} section={section} />}
      {section.tables.map((t) => (
        <Fragment key={t.id}>
          {section.occupancy?.table === t.id ? <ReportOccupancyView figure={section.occupancy} /> : null}
          <ReportTableView table={t} report={report} />
        </Fragment>
      ))}
      {section.centreOffer && <CentreOfferView facts={section.centreOffer} />}
    </section>
  )
}
