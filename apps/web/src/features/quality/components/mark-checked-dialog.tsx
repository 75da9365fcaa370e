import { CHECKED_REASON_MAX } from '@ly/forms'
import { ReasonDialog } from '@/components/reason-dialog'
import { useMarkChecked, type QualityFinding } from '../api/get-quality'

/**
 * A leader marks a finding «Sjekket – riktig» (decision 0057): the record has been looked at and
 * is right as it is. The reason is required and kept with the mark; its limit is the BFF's, from @ly/forms.
 */
export function MarkCheckedDialog({ year, finding, name, onClose }: { year: number; finding: QualityFinding; name: string; onClose: () => void }) {
  const mark = useMarkChecked()
  return (
    <ReasonDialog
      title="Sjekket – riktig?"
      label="Hvorfor er det riktig?"
      required="Skriv hvorfor det er riktig."
      max={CHECKED_REASON_MAX}
      submitLabel="Merk som sjekket"
      onSubmit={async (reason, confirmation) => {
        await mark.mutateAsync({ year, rule: finding.rule, id: finding.id, reason, ...confirmation })
      }}
      onClose={onClose}
    >
      <p>
        {name}: {finding.detail}
      </p>
    </ReasonDialog>
  )
}
