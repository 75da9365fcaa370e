import { createContext, use } from 'react'
import type { FormDef, RecordValues } from '@ly/forms'
import type { Control, UseFormSetValue } from 'react-hook-form'
import type { Draft } from '../lib/draft'
import type { CentreOptionLists } from '../lib/options'

/** The latest earlier record of a case code (GET …/latest), for pre-filling a repeat visit. */
export interface EarlierRecord {
  values: RecordValues
}

export type FindLatestByCaseCode = (code: string) => Promise<EarlierRecord | null>

/**
 * What every field of a record form needs beyond its own value. It changes only when a field
 * appears or disappears, consent flips or the year changes — not at every keystroke — so a
 * field re-renders for its own value alone (react-hook-form's control is stable).
 */
export interface RecordFormContextValue {
  form: FormDef
  control: Control<Draft>
  setValue: UseFormSetValue<Draft>
  /** Fields skip logic shows (consent aside). */
  shown: ReadonlySet<string>
  /** Shown fields in the sections this form renders (all, unless `phases` picks some). */
  visible: ReadonlySet<string>
  /** Consent was refused: all but the bare fields are disabled (decision 1). */
  consentRefused: boolean
  /** The registration year: options are offered as they were that year. */
  year: number
  centreOptions: CentreOptionLists | undefined
  findLatestByCaseCode: FindLatestByCaseCode | undefined
  /** The case code the form opened with: looking it up again would only find this record. */
  initialCaseCode: string | null
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
}

export const RecordFormContext = createContext<RecordFormContextValue | null>(null)

export function useRecordForm(): RecordFormContextValue {
  const value = use(RecordFormContext)
  if (!value) throw new Error('A record field must be rendered inside <RecordForm>')
  return value
}
