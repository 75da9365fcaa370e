import { likelyNameIssues, type FormDef, type RecordValues } from '@ly/forms'
import { AppError, type FieldIssue } from '../errors'

/** 422 `likely_name`, an issue beside each free text that may hold a name, unless confirmed. */
export function refuseUnconfirmedNames(issues: FieldIssue[], confirmed: boolean | undefined): void {
  if (confirmed === true || issues.length === 0) return
  throw new AppError(422, 'likely_name', 'Noen tekster kan inneholde navn. Fjern navnene, eller bekreft at tekstene ikke er navn, og lagre igjen.', issues)
}

/** The record's new or changed free texts that may hold a name, refused unless confirmed. */
export const refuseUnconfirmedRecordNames = (form: FormDef, values: RecordValues, confirmed: boolean | undefined, before?: RecordValues) =>
  refuseUnconfirmedNames(likelyNameIssues(form, values, before), confirmed)
