// The forms package's factories: valid records built from the definition's own keys, no person behind them.
export { barePhoneSessionInput, phoneSessionInput } from '../../../../../../packages/forms/src/testing/phone-factories'
