import { useParams } from 'react-router'
import { useRecord } from '@/features/records/api/get-record'
import { RecordPage } from '@/features/records/components/record-page'
import { childStayEndpoints } from '@/features/residents/api/child-stay-endpoints'
import { ChildStayEditor } from '@/features/residents/components/child-stay-editor'
import { stayHref } from '@/features/residents/lib/stay-links'

export function ChildStayRoute() {
  const { id = '', childId = '' } = useParams()
  return (
    <RecordPage
      record={useRecord(childStayEndpoints, childId)}
      fresh
      heading="Barnets opphold"
      loadingText="Laster barnets opphold …"
      list={{ href: stayHref(id), label: 'Til den voksnes opphold' }}
    >
      {(child) => <ChildStayEditor key={childId} initial={child} adultId={child.parentId ?? id} />}
    </RecordPage>
  )
}
