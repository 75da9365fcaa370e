import type { FormInput } from '../derive/schema'
import type { TurnedAwayForm } from '../definitions/turned-away'

/** A valid turned-away request built from the definition's own keys: invented, no person behind it. */
export const turnedAwayInput = (overrides: FormInput<TurnedAwayForm> = {}): FormInput<TurnedAwayForm> => ({
  offer: 'women',
  request_date: '2026-03-02',
  requester: 'police',
  reason: 'house_full',
  action_taken: ['referred_other_centre'],
  referred_to_centre: 'unlisted_centre',
  children_count: '2',
  ...overrides,
})
