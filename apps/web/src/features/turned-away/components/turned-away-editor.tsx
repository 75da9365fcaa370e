import { turnedAwayForm } from '@ly/forms'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { PageHeading } from '@/components/page-heading'
import { useRecordEditing } from '@/features/records/api/use-record-editing'
import { RecordEditor } from '@/features/records/components/record-editor'
import { yearListSearch } from '@/features/records/lib/list-filters'
import { toDisplayError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import { turnedAwayEndpoints, type TurnedAwayRequest } from '../api/turned-away-endpoints'
import { turnedAwayNouns } from '../lib/nouns'
import { useReferralOptions } from './use-referral-options'

/** Corrects or deletes a turned-away request (RecordEditor); the referral list is the centre's own. */
export function TurnedAwayEditor({ initial }: { initial: TurnedAwayRequest }) {
  const editing = useRecordEditing(turnedAwayEndpoints, initial.id)
  const { centreOptions, error } = useReferralOptions()
  if (!centreOptions) {
    return (
      <>
        <PageHeading>Avvist henvendelse</PageHeading>
        {error ? <FormAlert message={toDisplayError(error).message} /> : <LoadingStatus>Laster henvendelsen …</LoadingStatus>}
      </>
    )
  }
  return (
    <RecordEditor
      form={turnedAwayForm}
      initial={initial}
      nouns={turnedAwayNouns}
      heading={(_, date) => `Avvist henvendelse ${date}`}
      listHref={(request) => `${paths.turnedAway}${yearListSearch(Number(request.values.request_date?.slice(0, 4)))}`}
      centreOptions={centreOptions}
      {...editing}
    />
  )
}
