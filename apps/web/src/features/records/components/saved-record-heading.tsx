import { FormAlert } from '@/components/form/form-alert'
import { PageHeading } from '@/components/page-heading'
import { StatusMessage } from './status-message'
import type { SavedRecordState } from './use-saved-record'

/** The top of a page that writes a saved record: its heading, what the last write said, a failure outside the form. */
export function SavedRecordHeading({ heading, state }: { heading: string; state: Pick<SavedRecordState<unknown>, 'status' | 'failure'> }) {
  return (
    <>
      <PageHeading>{heading}</PageHeading>
      <StatusMessage message={state.status} />
      <FormAlert message={state.failure} />
    </>
  )
}
