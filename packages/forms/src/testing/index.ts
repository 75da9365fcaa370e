/**
 * Factories that build valid records from the form definitions, for tests on both sides
 * (`import { dayVisitInput } from '@ly/forms/testing'`). Not part of the runtime package.
 */
export * from './factories'
export * from './stay-factories'
export * from './phone-factories'
export * from './centre-year-factories'
export * from './turned-away-factories'
