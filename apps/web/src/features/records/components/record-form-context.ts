import { createContext, use } from 'react'
import type { FormDef, FormKey, RecordValues } from '@ly/forms'
import type { Control, UseFormGetValues, UseFormSetValue } from 'react-hook-form'
import type { Draft } from '../lib/draft'
import type { CentreOptionLists } from '../lib/options'
import type { FieldProposal } from './field-proposal'

/**
 * What Ly knows of a case code across the person's forms (GET …/latest): for pre-filling a
 * repeat visit, and for saying whether this registration is the first in its year.
 */
export interface EarlierRecord {
  /** The person's most recent registration, in whichever of their forms. */
  lastSeen: { form: FormKey; date: string }
  /** Each carried-over answer, from the most recent registration that has it. */
  values: RecordValues
  /** Forms that count persons: an earlier registration of the form in the year, or null. */
  earlierInYear?: string | null
}

/**
 * Looks a code up; `date` (ISO) is the form's date, which says whose first in the year it is.
 * `exclude` is the record being edited, left out so its own code tells of the others only.
 */
export type FindLatestByCaseCode = (code: string, date: string | undefined, exclude?: string) => Promise<EarlierRecord | null>

/**
 * What every field of a record form needs beyond its own value. It changes only when a field
 * appears or disappears, consent flips or the year changes — not at every keystroke — so a
 * field re-renders for its own value alone (react-hook-form's control is stable).
 */
export interface RecordFormContextValue {
  form: FormDef
  control: Control<Draft>
  setValue: UseFormSetValue<Draft>
  getValues: UseFormGetValues<Draft>
  /** Fields skip logic shows (consent aside). */
  shown: ReadonlySet<string>
  /** Shown fields in the sections this form renders (all, unless `phases` picks some). */
  visible: ReadonlySet<string>
  /** Consent was refused: only the bare fields remain on screen (decision 1). */
  consentRefused: boolean
  /** What is on screen: the visible fields, and without consent only the bare ones. */
  onScreen: ReadonlySet<string>
  /** The registration year: options are offered as they were that year. */
  year: number
  centreOptions: CentreOptionLists | undefined
  findLatestByCaseCode: FindLatestByCaseCode | undefined
  /** The case code the form opened with: looking it up again would only find this record… */
  initialCaseCode: string | null
  /** …unless the saved record's id is known, to leave it out of the lookup (RecordEditor). */
  recordId: string | undefined
  /** Prefix of the fields' element ids: the form key, or the form's own when a page has several. */
  idPrefix: string
  /** Fields whose answer is another record's (a child's consent and offer): shown, not editable. */
  locked: ReadonlySet<string>
  /** Said beside a locked field (e.g. "Følger den voksnes opphold."). */
  lockedNote: string | undefined
  /**
   * Free texts the worker has kept although they may hold a name (issue 18), by field key: the
   * text as confirmed. Editing the text afterwards asks again.
   */
  confirmedNames: Readonly<Record<string, string>>
  /** Confirms (the text) or takes back (null) a likely name in a free text. */
  confirmName: (key: string, text: string | null) => void
  /** Whether a likely name in this text needs confirming: new or changed since it was saved. */
  nameNeedsConfirming: (key: string, text: string) => boolean
  /** Ly's proposed answers by field key (RecordForm `proposals`). */
  proposals: Readonly<Record<string, FieldProposal>> | undefined
}

export const RecordFormContext = createContext<RecordFormContextValue | null>(null)

export function useRecordForm(): RecordFormContextValue {
  const value = use(RecordFormContext)
  if (!value) throw new Error('A record field must be rendered inside <RecordForm>')
  return value
}
