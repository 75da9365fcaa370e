import { Link } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { CentreOptionSettings, type OptionListWords } from '@/features/centre-options/components/centre-option-settings'
import { callerKeys } from '@/features/duty-phone/lib/shortcuts'
import { paths } from '@/lib/paths'

const words: OptionListWords = {
  addHeading: 'Ny kategori',
  nameHelp: 'En type innringer, f.eks. «Familievernkontoret». Aldri navnet på en person.',
  caption: 'Kategorier for hvem som ringte',
  renamed: (label) => `Kategorien heter nå ${label}.`,
}

export function AdminCallerCategoriesRoute() {
  return (
    <>
      <PageHeading>Hvem ringte: kategorier</PageHeading>
      <p className="lead">
        Kategoriene på <Link to={paths.dutyPhone}>vakttelefonen</Link>. Standard er Sarpsborg krisesenters inndeling. De ni første i bruk får hurtigtastene 1–9.
      </p>
      <CentreOptionSettings list="caller-categories" words={words} shortcutsOf={(options) => new Map(callerKeys(options).map((k) => [k.key, k.shortcut]))} />
    </>
  )
}
