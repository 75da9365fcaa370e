import type { ReactNode, Ref } from 'react'
import type { FormDef, FormValues, RecordValues, SectionDef } from '@ly/forms'
import type { CentreOptionLists } from '../lib/options'
import type { FieldProposal } from './field-proposal'
import type { FindLatestByCaseCode } from './record-form-context'
import type { DraftOptions } from './use-draft-keeping'

/** When in a stay a section is asked (`SectionDef.phase`; absent means on arrival). */
export type FormPhase = NonNullable<SectionDef['phase']>

export interface SubmitOptions {
  /** Saved with the `incompleteLabel` button: answers a complete record needs may be missing. */
  incomplete: boolean
}

/** What a page holding an embedded form (a child's sub-form) does with it. */
export interface RecordFormHandle<F extends FormDef> {
  /** Validates as a submit would (errors beside the fields and in the summary): the record, or null. */
  validate(): Promise<FormValues<F> | null>
  /** Shows a failed save: 422 issues beside their fields, anything else in the form's alert. */
  showError(error: unknown): void
  /** Moves focus to the error summary (after `validate` or `showError` found errors). */
  focusErrors(): void
}

interface CommonProps<F extends FormDef> {
  /** The form definition (packages/forms): sections, fields, skip logic and consent come from it. */
  form: F
  /** Where the form starts: `emptyRecord(form)` with defaults, or a saved record's values. */
  defaultValues: RecordValues
  /** The values are a saved record (an unanswered, asked yes/no question shows as "Vet ikke"). */
  saved?: boolean
  /** GET …/latest?case_code=: enables pre-filling carried-over answers from a known case code. */
  findLatestByCaseCode?: FindLatestByCaseCode
  /** The saved record's id: its own case code is then looked up too, leaving the record out. */
  recordId?: string
  /** A centre's own option lists for fields with `centreOptions`, keyed by field key. */
  centreOptions?: CentreOptionLists
  /** At the top of the form, under the error summary (e.g. a conflict alert). */
  notice?: ReactNode
  /** Beside the submit button (e.g. a "Avbryt" link); at the end of an embedded form. */
  actions?: ReactNode
  /** Europe/Oslo date (YYYY-MM-DD) that dates may not pass; defaults to today. */
  today?: string
  /** Prefix of the element ids (default: the form key). Each form on a page needs its own. */
  idPrefix?: string
  /** Render only the sections of these phases (a stay's check-out step); the record stays whole. */
  phases?: readonly FormPhase[]
  /**
   * Answers that are another record's (a child's consent and offer are the adult's): kept
   * equal to `values` while the form is open, shown disabled, with `note` beside them.
   */
  inherited?: { values: RecordValues; note?: string }
  /** The error summary's heading (default "Skjemaet har feil"). */
  errorSummaryTitle?: string
  /**
   * Keeps unsaved answers in the tab's session storage under this key (decision 0017): they come
   * back after the idle lock or a reload, and leaving the page with them asks first.
   */
  draft?: DraftOptions
  /** Gets the record as typed after every change (a page mirroring answers into other forms). */
  onValuesChange?: (values: RecordValues) => void
  /** Ly's answers worked out from other registrations, by field key: shown beside the field to accept or not. */
  proposals?: Readonly<Record<string, FieldProposal>>
}

export interface StandaloneRecordFormProps<F extends FormDef> extends CommonProps<F> {
  embedded?: false
  submitLabel: string
  /**
   * Gets the validated record, with inactive fields emptied, ready to send. Throw to fail the
   * submit: an ApiError's 422 issues appear beside their fields and in the summary, any other
   * error in the alert above the form. Catch what the page shows itself (a 409 conflict) and
   * resolve `false`: nothing was saved, so the answers stay unsaved work.
   */
  onSubmit: (values: FormValues<F>, options: SubmitOptions) => Promise<void | false>
  /**
   * A second submit button that saves without the answers a complete record needs ("Lagre som
   * ufullstendig"). With it, the main button refuses a closed record (a stay with an end date;
   * any record of a form without one) while `requiredAtCheckOut` answers on screen are missing.
   */
  incompleteLabel?: string
}

export interface EmbeddedRecordFormProps<F extends FormDef> extends CommonProps<F> {
  /**
   * Part of a larger form (a child's sub-form on the check-in page): no <form> element and no
   * button of its own; the page validates and reports through `handle`.
   */
  embedded: true
  handle: Ref<RecordFormHandle<F>>
}

export type RecordFormProps<F extends FormDef> = StandaloneRecordFormProps<F> | EmbeddedRecordFormProps<F>
