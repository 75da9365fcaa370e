import { useSearchParams } from 'react-router'
import { SelectField } from '@/components/form/select-field'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { PageHeading } from '@/components/page-heading'
import { useCurrentSession } from '@/features/auth/api/get-session'
import { useQuality } from '@/features/quality/api/get-quality'
import { QualityFindings } from '@/features/quality/components/quality-findings'
import { errorText } from '@/lib/api-error'
import '@/features/quality/quality.css'

/** How many years back the year picker offers. */
const YEARS_SHOWN = 6

/** Kvalitetskontroll: what in a year's registrations needs attention (?ar=ÅÅÅÅ; the current year without). */
export function QualityRoute() {
  const [params, setParams] = useSearchParams()
  const asked = Number(params.get('ar'))
  const year = Number.isInteger(asked) && asked >= 1990 && asked <= 2100 ? asked : null
  const quality = useQuality(year)
  const { user } = useCurrentSession()
  const report = quality.data
  const currentYear = report ? Number(report.today.slice(0, 4)) : null

  return (
    <>
      <PageHeading>Kvalitetskontroll</PageHeading>
      <p className="lead">Det som bør rettes i årets registreringer, mens dere fortsatt husker saken. Hvert funn har en lenke til registreringen.</p>
      {currentYear !== null && report ? (
        <SelectField
          label="År"
          options={Array.from({ length: YEARS_SHOWN }, (_, i) => String(currentYear - i)).map((y) => ({ value: y, label: y }))}
          selectProps={{ value: String(report.year), onChange: (e) => setParams({ ar: e.target.value }, { replace: true }) }}
        />
      ) : null}
      {quality.isPending ? <LoadingStatus>Sjekker registreringene …</LoadingStatus> : null}
      {quality.isError ? <FormAlert message={errorText(quality.error)} /> : null}
      {report ? (
        <>
          <p role="status" className={report.findings.length === 0 ? 'alert alert-success' : 'alert'}>
            {report.findings.length === 0
              ? `Ingen funn i ${report.year}. Alt som sjekkes, ser riktig ut.`
              : `${report.findings.length === 1 ? 'Ett funn' : `${report.findings.length} funn`} i ${report.year}.`}
          </p>
          <QualityFindings report={report} canMark={user.role === 'leader'} />
        </>
      ) : null}
    </>
  )
}
