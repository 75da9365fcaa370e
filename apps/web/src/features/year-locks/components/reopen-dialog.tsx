import { REOPEN_REASON_MAX } from '@ly/forms'
import { ReasonDialog } from '@/components/reason-dialog'
import { useReopenYear } from '../api/year-locks'

/** Reopening needs a reason, kept in the year's history (its limit is the BFF's, from @ly/forms). */
export function ReopenDialog({ year, onReopened, onClose }: { year: number; onReopened: () => void; onClose: () => void }) {
  const reopen = useReopenYear()
  return (
    <ReasonDialog
      title={`Åpne ${year} igjen?`}
      label="Hvorfor må året endres?"
      required="Skriv hvorfor året åpnes igjen."
      max={REOPEN_REASON_MAX}
      submitLabel={`Åpne ${year} igjen`}
      onSubmit={async (reason, confirmation) => {
        await reopen.mutateAsync({ year, reason, ...confirmation })
        onReopened()
      }}
      onClose={onClose}
    />
  )
}
