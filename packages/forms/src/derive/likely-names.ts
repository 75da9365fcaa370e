import { allFields, type FormDef } from '../define-form'
import { screenFreeText } from '../screening'
import { isFieldActive, type RecordValues } from './visibility'

/**
 * The message beside a free text that may hold a name, when the request has not confirmed it
 * (issue 18). It names the field, says what is wrong and what the two ways on are.
 */
export const likelyNameMessage = (label: string) =>
  `«${label}» kan inneholde et navn (et ord med stor forbokstav midt i setningen). Ly skal ikke lagre navn på personer: fjern navnet, eller bekreft at teksten ikke er et navn og lagre igjen.`

/** True when the screening would warn of a likely name in the text. */
export const mayHoldName = (text: string) => screenFreeText(text).warnings.length > 0

/**
 * A likely name is stored only when the request confirms it (`confirmLikelyName: true`, sent when
 * the worker has seen the warning and kept the text). The answered free texts that may hold a
 * name and are new or changed since `before` (a text confirmed once stays confirmed), as issues.
 */
export function likelyNameIssues(form: FormDef, values: RecordValues, before?: RecordValues): { path: string; message: string }[] {
  return allFields(form)
    .filter((f) => f.kind === 'text' && isFieldActive(form, f, values))
    .filter((f) => typeof values[f.key] === 'string' && values[f.key] !== before?.[f.key] && mayHoldName(String(values[f.key])))
    .map((f) => ({ path: f.key, message: likelyNameMessage(f.label) }))
}
