import { Link } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { CentreOptionSettings, type OptionListWords } from '@/features/centre-options/components/centre-option-settings'
import { paths } from '@/lib/paths'

const words: OptionListWords = {
  addHeading: 'Nytt krisesenter',
  nameHelp: 'Navnet på krisesenteret, f.eks. «Krisesenteret i Nabobyen».',
  caption: 'Krisesentre å henvise til',
  renamed: (label) => `Krisesenteret heter nå ${label}.`,
}

/** The crisis centres a turned-away request can be referred to (issue 22 §1), the centre's own list. */
export function AdminReferralCentresRoute() {
  return (
    <>
      <PageHeading>Krisesentre å henvise til</PageHeading>
      <p className="lead">
        Listen å velge fra når en <Link to={paths.turnedAway}>avvist henvendelse</Link> ble henvist til et annet krisesenter.
      </p>
      <CentreOptionSettings list="referral-centres" words={words} />
    </>
  )
}
