// The forms package's factories: valid records built from the definition's own keys, no person behind them.
export { barePhoneSessionInput, phoneSessionInput } from '@ly/forms/testing'
