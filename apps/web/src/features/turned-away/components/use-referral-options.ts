import { useMemo } from 'react'
import type { CentreOptionLists } from '@/features/records/lib/options'
import { useCentreOptions } from '@/features/centre-options/api/get-centre-options'

/**
 * «Hvilket krisesenter …?» offers the centre's own list: the form waits for it, since the
 * definition's one default («ikke på listen») is not the centre's list.
 */
export function useReferralOptions() {
  const centres = useCentreOptions('referral-centres')
  // One object per list, so the form's context changes only when the list does.
  const centreOptions: CentreOptionLists | undefined = useMemo(() => (centres.data ? { referred_to_centre: centres.data } : undefined), [centres.data])
  return { centreOptions, error: centres.isError ? centres.error : null }
}
