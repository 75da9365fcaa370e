import { Link } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { CallerCategorySettings } from '@/features/duty-phone/components/caller-category-settings'
import { paths } from '@/lib/paths'

export function AdminCallerCategoriesRoute() {
  return (
    <>
      <PageHeading>Hvem ringte: kategorier</PageHeading>
      <p className="lead">
        Kategoriene på <Link to={paths.dutyPhone}>vakttelefonen</Link>. Standard er Sarpsborg krisesenters inndeling. De ni første i bruk får hurtigtastene 1–9.
      </p>
      <CallerCategorySettings />
    </>
  )
}
