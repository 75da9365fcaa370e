import { useSearchParams } from 'react-router'
import { useCurrentSession } from '@/features/auth/api/get-session'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { errorText } from '@/lib/api-error'
import { useReport } from '../api/get-report'
import { readReportParams, reportSearch } from '../lib/params'
import { DownloadPanel } from './download-panel'
import { ReportControls } from './report-controls'
import { ReportSectionView } from './report-section-view'
import { ThresholdSetting } from './threshold-setting'
import { ViewBanner } from './view-banner'
import '../report.css'

/** The yearly report in Sarpsborg's shape (S1), or a tertial's (decision 0039): the same model the print page and files use. */
export function ReportPage() {
  const [search, setSearch] = useSearchParams()
  const params = readReportParams(search)
  const report = useReport(params)
  const { user } = useCurrentSession()

  return (
    <div className="report-page">
      <ReportControls params={params} onChange={(next) => setSearch(reportSearch(next), { replace: true })} />
      {report.isPending ? (
        <LoadingStatus>Lager årsrapporten …</LoadingStatus>
      ) : report.isError ? (
        <FormAlert message={errorText(report.error)} />
      ) : (
        <>
          <ViewBanner report={report.data} />
          {report.data.changeNote && (
            <p role="note" className="report-banner report-banner-changed">
              {report.data.changeNote}
            </p>
          )}
          <p className="report-period">
            Statistikk for <strong>{report.data.periodLabel}</strong>
          </p>
          <DownloadPanel period={params} />
          {user.role === 'admin' && <ThresholdSetting />}
          <div aria-busy={report.isPlaceholderData || undefined}>
            {report.data.sections.map((section, i) => (
              <ReportSectionView key={section.key} report={report.data} section={section} index={i} />
            ))}
          </div>
          <p className="report-legend">
            «{report.data.mark}» = {report.data.legend}. «{report.data.notRegistered}» = spørsmålet eller skjemaet fantes ikke i Ly det året (ikke det samme som 0).
          </p>
        </>
      )}
    </div>
  )
}
