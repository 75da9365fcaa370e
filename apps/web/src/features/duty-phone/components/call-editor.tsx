import { useMemo } from 'react'
import { incomingCallForm } from '@ly/forms'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { PageHeading } from '@/components/page-heading'
import { useRecordEditing } from '@/features/records/api/use-record-editing'
import { RecordEditor } from '@/features/records/components/record-editor'
import { yearListSearch } from '@/features/records/lib/list-filters'
import { toDisplayError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import { useCallerCategories } from '../api/get-caller-categories'
import { incomingCallEndpoints, type IncomingCall } from '../api/incoming-call-endpoints'
import { callNouns } from '../lib/call-log-nouns'

/**
 * Corrects or deletes a call in the log: the incoming_call definition rendered whole. "Hvem
 * ringte?" offers the centre's categories in use; a retired one only on a call that has it.
 */
export function CallEditor({ initial }: { initial: IncomingCall }) {
  const editing = useRecordEditing(incomingCallEndpoints, initial.id)
  const categories = useCallerCategories()
  // One object per list, so the form's context changes only when the list does.
  const centreOptions = useMemo(() => (categories.data ? { caller_type: categories.data } : undefined), [categories.data])
  // The form waits for the centre's list: the definition's defaults may not be the centre's.
  if (!categories.isSuccess || !centreOptions) {
    return (
      <>
        <PageHeading>Innkommende samtale</PageHeading>
        {categories.isError ? <FormAlert message={toDisplayError(categories.error).message} /> : <LoadingStatus>Laster samtalen …</LoadingStatus>}
      </>
    )
  }
  return (
    <RecordEditor
      form={incomingCallForm}
      initial={initial}
      nouns={callNouns}
      heading={(_, date) => `Innkommende samtale ${date}`}
      listHref={(call) => `${paths.callLog}${yearListSearch(Number(call.values.call_date?.slice(0, 4)))}`}
      centreOptions={centreOptions}
      {...editing}
    />
  )
}
