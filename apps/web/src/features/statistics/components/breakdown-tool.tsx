import { useState } from 'react'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { toDisplayError } from '@/lib/api-error'
import { useBreakdown } from '../api/get-breakdown'
import { breakdownForms, startOf, type BreakdownChoice } from '../lib/breakdown'
import { offerLabels, type DashboardParams } from '../lib/params'
import { BreakdownForm } from './breakdown-form'
import { BreakdownResult } from './breakdown-result'

/**
 * Any question of a form broken down by a second question of the same form, like Bufdir's
 * "Hovedinndeling" and "Sekundærinndeling". The questions come from the form definitions, so
 * every new question can be broken down without a change here.
 */
export function BreakdownTool({ params }: { params: DashboardParams }) {
  const [choice, setChoice] = useState<BreakdownChoice>(() => startOf(breakdownForms[0]!.key))
  const breakdown = useBreakdown({ year: params.year, period: params.period, offer: params.offer, ...choice })
  return (
    <section aria-labelledby="krysstabell" className="stats-section">
      <h2 id="krysstabell">Krysstabell</h2>
      <p>Velg et spørsmål og eventuelt et spørsmål til å dele det opp etter. Andelene er av dem som svarte.</p>
      <BreakdownForm choice={choice} onChange={setChoice} />
      {breakdown.isPending ? (
        <LoadingStatus>Laster krysstabellen …</LoadingStatus>
      ) : breakdown.isError ? (
        <FormAlert message={toDisplayError(breakdown.error).message} />
      ) : (
        <BreakdownResult breakdown={breakdown.data} year={params.year} offerLabel={offerLabels[params.offer]} />
      )}
    </section>
  )
}
