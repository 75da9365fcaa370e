import type { FormInput } from '../derive/schema'
import type { IncomingCallForm } from '../definitions/incoming-call'
import type { PhoneSessionForm } from '../definitions/phone-session'

/**
 * Valid phone records built from the definitions' own keys. Every answer is an invented
 * category — no real person or call is behind them.
 */
export function phoneSessionInput(overrides: FormInput<PhoneSessionForm> = {}): FormInput<PhoneSessionForm> {
  return {
    consent_to_statistics: true,
    offer: 'women',
    session_date: '2026-03-02',
    qualifies_as_one_to_one: true,
    first_session_in_year: 'yes',
    channel: 'phone',
    reason_by_phone: 'distance',
    sex: 'female',
    prior_contact: ['day_user', 'phone'],
    first_contact_year: 2024,
    ...overrides,
  }
}

/** The bare event: what is stored when the person says no. */
export const barePhoneSessionInput = (overrides: FormInput<PhoneSessionForm> = {}): FormInput<PhoneSessionForm> => ({
  consent_to_statistics: false,
  offer: 'women',
  session_date: '2026-03-02',
  qualifies_as_one_to_one: true,
  ...overrides,
})

/** What quick entry sends for the common case: one in-scope call of one caller category. */
export const quickCallInput = (overrides: FormInput<IncomingCallForm> = {}): FormInput<IncomingCallForm> => ({
  offer: 'women',
  call_date: '2026-03-02',
  in_scope: true,
  caller_type: 'police',
  ...overrides,
})

/** A call with every optional detail answered. */
export const detailedCallInput = (overrides: FormInput<IncomingCallForm> = {}): FormInput<IncomingCallForm> =>
  quickCallInput({
    caller_type: 'woman_private',
    is_crisis_call: true,
    on_behalf_of_self: true,
    call_reason: 'violence',
    minority_language_background: false,
    ...overrides,
  })
