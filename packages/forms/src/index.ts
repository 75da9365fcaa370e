export * from './zod-messages'
export * from './define-form'
export * from './value-sets'
export * from './dates'
export * from './screening'
export * from './case-code'
export * from './derive/visibility'
export * from './derive/schema'
export * from './derive/likely-names'
export * from './derive/storage'
export * from './derive/centre-options'
export * from './derive/labels-in-year'
export * from './derive/carry-forward'
export * from './derive/completeness'
export * from './stays'
export * from './year-lock'
export * from './quality-checked'
export { dayVisitForm, type DayVisitForm } from './definitions/day-visit'
export { adultStayForm, type AdultStayForm } from './definitions/adult-stay'
export { childStayForm, type ChildStayForm } from './definitions/child-stay'
export { phoneSessionForm, type PhoneSessionForm } from './definitions/phone-session'
export { incomingCallForm, callerTypeOptions, type IncomingCallForm } from './definitions/incoming-call'
export {
  turnedAwayForm,
  turnedAwayActionOptions,
  turnedAwayReasonOptions,
  turnedAwayRequesterOptions,
  turnedAwayChildrenOptions,
  type TurnedAwayForm,
} from './definitions/turned-away'
export { FREE_TEXT_MAX } from './definitions/common-fields'
export { centreYearForm, FIRST_CENTRE_YEAR, type CentreYearForm } from './definitions/centre-year'
export {
  forms,
  formByKey,
  centreForms,
  allFormDefs,
  registeredForm,
  type AnyFormKey,
  type ChoiceFieldKey,
  type FieldKey,
  type FormKey,
  type FormOf,
  type OptionKey,
  type RegisteredForm,
} from './registry'
