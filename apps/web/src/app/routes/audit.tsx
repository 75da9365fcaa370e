import { PageHeading } from '@/components/page-heading'
import { AuditLog } from '@/features/audit/components/audit-log'

export function AuditRoute() {
  return (
    <>
      <PageHeading>Logg</PageHeading>
      <p className="lead">Hvem som gjorde hva, og når. Loggen viser aldri svarene i registreringene.</p>
      <AuditLog />
    </>
  )
}
