// The forms package's factories: calls built from the definition's own keys, no caller behind them.
export { detailedCallInput, quickCallInput } from '@ly/forms/testing'
