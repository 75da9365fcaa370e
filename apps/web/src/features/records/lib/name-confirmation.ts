import { likelyNameIssues, type FormDef, type RecordValues } from '@ly/forms'

/** What a write sends beside the answers once the worker has kept a likely name. */
export interface NameConfirmation {
  confirmLikelyName?: true
}

/**
 * `{ confirmLikelyName: true }` for a request whose record holds a free text that may be a name,
 * else nothing (issue 18). Only for values a RecordForm validated: it does not let them through
 * while such a text is unconfirmed, so a likely name here is one the worker saw and kept.
 */
export const nameConfirmation = (form: FormDef, values: RecordValues): NameConfirmation => (likelyNameIssues(form, values).length > 0 ? { confirmLikelyName: true } : {})
