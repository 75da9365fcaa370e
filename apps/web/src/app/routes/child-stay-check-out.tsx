import { useParams } from 'react-router'
import { useRecord } from '@/features/records/api/get-record'
import { RecordPage } from '@/features/records/components/record-page'
import { childStayEndpoints } from '@/features/residents/api/child-stay-endpoints'
import { ChildCheckOut } from '@/features/residents/components/child-check-out'
import { stayHref } from '@/features/residents/lib/stay-links'

export function ChildStayCheckOutRoute() {
  const { id = '', childId = '' } = useParams()
  return (
    <RecordPage
      record={useRecord(childStayEndpoints, childId)}
      fresh
      heading="Utflytting"
      loadingText="Laster barnets opphold …"
      list={{ href: stayHref(id), label: 'Til den voksnes opphold' }}
    >
      {(child) => <ChildCheckOut key={childId} initial={child} adultId={child.parentId ?? id} />}
    </RecordPage>
  )
}
