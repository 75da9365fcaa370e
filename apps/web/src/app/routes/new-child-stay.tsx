import { useParams } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { useRecord } from '@/features/records/api/get-record'
import { RecordPage } from '@/features/records/components/record-page'
import { adultStayEndpoints } from '@/features/residents/api/adult-stay-endpoints'
import { NewChildStayForm } from '@/features/residents/components/new-child-stay-form'
import { stayHref } from '@/features/residents/lib/stay-links'

export function NewChildStayRoute() {
  const { id = '' } = useParams()
  // Fetched for this visit: the child takes over the adult's current consent and offer.
  return (
    <RecordPage
      record={useRecord(adultStayEndpoints, id)}
      fresh
      heading="Registrer barn"
      loadingText="Laster den voksnes opphold …"
      list={{ href: stayHref(id), label: 'Til oppholdet' }}
    >
      {(adult) => (
        <>
          <PageHeading>Registrer barn</PageHeading>
          <NewChildStayForm adult={adult} />
        </>
      )}
    </RecordPage>
  )
}
