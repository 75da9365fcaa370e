import type { Report } from '../api/get-report'

/** Decision 8: which numbers the page shows is never in doubt, in either view. */
export function ViewBanner({ report }: { report: Pick<Report, 'view' | 'threshold' | 'mark' | 'legend'> }) {
  if (report.view === 'internal') {
    return (
      <p role="note" className="report-banner report-banner-internal">
        <strong>Intern visning – eksakte tall, ikke til deling.</strong> Små tall vises som de er. Filene du laster ned nedenfor, har alltid små tall skjult.
      </p>
    )
  }
  return (
    <p role="note" className="report-banner report-banner-shareable">
      <strong>Til deling – små tall er skjult.</strong> Tall fra 1 til {report.threshold}, og tall som kunne avsløre dem, er erstattet med «{report.mark}»:{' '}
      {report.legend.toLowerCase()}. Slik ser rapporten ut når den lastes ned.
    </p>
  )
}
