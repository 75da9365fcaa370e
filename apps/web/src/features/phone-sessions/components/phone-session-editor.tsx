import { phoneSessionForm } from '@ly/forms'
import { useRecordEditing } from '@/features/records/api/use-record-editing'
import { RecordEditor } from '@/features/records/components/record-editor'
import { yearListSearch } from '@/features/records/lib/list-filters'
import { paths } from '@/lib/paths'
import { phoneSessionEndpoints, type PhoneSession } from '../api/phone-session-endpoints'
import { phoneSessionNouns } from '../lib/nouns'

/** Corrects a saved conversation, withdraws its consent or deletes it (RecordEditor). */
export function PhoneSessionEditor({ initial }: { initial: PhoneSession }) {
  const editing = useRecordEditing(phoneSessionEndpoints, initial.id)
  return (
    <RecordEditor
      form={phoneSessionForm}
      initial={initial}
      nouns={phoneSessionNouns}
      heading={(_, date) => `Enesamtale ${date}`}
      listHref={(session) => `${paths.phoneSessions}${yearListSearch(Number(session.values.session_date?.slice(0, 4)))}`}
      {...editing}
    />
  )
}
