import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { findField, osloToday, yearOf, type FormDef, type FormValues, type RecordValues } from '@ly/forms'
import { useForm, useWatch, type Control, type FieldErrors } from 'react-hook-form'
import { ErrorSummary } from '@/components/form/error-summary'
import { FormAlert } from '@/components/form/form-alert'
import { SubmitButton } from '@/components/form/submit-button'
import { submitUnlessPending } from '@/lib/forms'
import { draftToRecord, recordToDraft, type Draft } from '../lib/draft'
import { fieldElementId, focusField } from '../lib/field-ids'
import { isConsentRefused, shownFields } from '../lib/field-states'
import type { CentreOptionLists } from '../lib/options'
import { recordResolver } from '../lib/record-resolver'
import { orderedKeys, showServerErrors } from '../lib/server-errors'
import { RecordFormContext, type FindLatestByCaseCode } from './record-form-context'
import { RecordSection } from './record-section'
import { useClearHiddenFields } from './use-clear-hidden-fields'
import '../records.css'

const NOTHING_LOCKED: ReadonlySet<string> = new Set()

export interface RecordFormProps<F extends FormDef> {
  /** The form definition (packages/forms): sections, fields, skip logic and consent come from it. */
  form: F
  /** Where the form starts: `emptyRecord(form)` with defaults, or a saved record's values. */
  defaultValues: RecordValues
  /** The values are a saved record (an unanswered, asked yes/no question shows as "Vet ikke"). */
  saved?: boolean
  submitLabel: string
  /**
   * Gets the validated record, with inactive fields emptied, ready to send. Throw to fail the
   * submit: an ApiError's 422 issues appear beside their fields and in the summary, any other
   * error in the alert above the form. Catch what the page shows itself (a 409 conflict).
   */
  onSubmit: (values: FormValues<F>) => Promise<void>
  /** GET …/latest?case_code=: enables pre-filling carried-over answers from a known case code. */
  findLatestByCaseCode?: FindLatestByCaseCode
  /** A centre's own option lists for fields with `centreOptions`, keyed by field key. */
  centreOptions?: CentreOptionLists
  /** At the top of the form, under the error summary (e.g. a conflict alert). */
  notice?: ReactNode
  /** Beside the submit button (e.g. a "Avbryt" link). */
  actions?: ReactNode
  /** Europe/Oslo date (YYYY-MM-DD) that dates may not pass; defaults to today. */
  today?: string
}

/**
 * A registration form rendered from its definition and validated with the same schema as the
 * BFF (react-hook-form + zodResolver(recordSchema)). Sections are fieldsets; skip logic hides
 * and clears; refused consent disables all but the bare event. On a failed submit an error
 * summary at the top links to each field. Remount it (a new `key`) to start from new values.
 */
export function RecordForm<F extends FormDef>(props: RecordFormProps<F>) {
  const { form, defaultValues, saved = false, submitLabel, onSubmit, notice, actions } = props
  const [today] = useState(() => props.today ?? osloToday(new Date()))
  const resolver = useMemo(() => recordResolver(form, today), [form, today])
  const [initialDraft] = useState(() => recordToDraft(form, defaultValues, { saved }))
  const methods = useForm<Draft, unknown, FormValues<F>>({ resolver, defaultValues: initialDraft, shouldFocusError: false })
  const { control, handleSubmit, setError, setValue, formState } = methods
  useClearHiddenFields(form, methods)

  // Re-read at every change, but the context below changes only when what fields see does.
  const values = draftToRecord(form, useWatch({ control }) as Draft)
  const shownKeys = [...shownFields(form, values)].join(' ')
  const shown = useMemo(() => new Set(shownKeys.split(' ')), [shownKeys])
  const consentRefused = isConsentRefused(form, values)
  const year = yearOf(values[form.dateField]) ?? Number(today.slice(0, 4))
  const { centreOptions, findLatestByCaseCode } = props
  const [initialCaseCode] = useState(() => (typeof defaultValues.case_code === 'string' ? defaultValues.case_code : null))
  // Fields read and write the draft; the submitted type matters to handleSubmit alone.
  const fieldControl = control as unknown as Control<Draft>
  const context = useMemo(
    () => ({ form, control: fieldControl, setValue, shown, consentRefused, year, centreOptions, findLatestByCaseCode, initialCaseCode, idPrefix: form.key, locked: NOTHING_LOCKED, lockedNote: undefined }),
    [form, fieldControl, setValue, shown, consentRefused, year, centreOptions, findLatestByCaseCode, initialCaseCode],
  )
  const [summaryKeys, setSummaryKeys] = useState<string[]>([])
  const [focusRequest, setFocusRequest] = useState(0)
  const summaryRef = useRef<HTMLDivElement>(null)

  const showSummary = (keys: string[]) => {
    setSummaryKeys(keys)
    if (keys.length > 0) setFocusRequest((n) => n + 1)
  }
  const submit = handleSubmit(
    async (valid) => {
      setSummaryKeys([])
      try {
        await onSubmit(valid)
      } catch (error) {
        showSummary(showServerErrors(error, form, shown, setError))
      }
    },
    (errors: FieldErrors<Draft>) => showSummary(orderedKeys(form, Object.keys(errors))),
  )

  const summaryItems = summaryKeys.flatMap((key) => {
    const message = formState.errors[key]?.message
    const field = findField(form, key)
    return message && field && shown.has(key) ? [{ targetId: fieldElementId(form.key, key), label: field.label, message }] : []
  })
  // react-hook-form publishes a failed submit's errors after onInvalid has run, so the summary
  // may appear a render after the focus request: focus it once it is there.
  const summaryShown = summaryItems.length > 0
  const focusedRequest = useRef(0)
  useEffect(() => {
    if (focusRequest > focusedRequest.current && summaryShown && summaryRef.current) {
      focusedRequest.current = focusRequest
      summaryRef.current.focus()
    }
  }, [focusRequest, summaryShown])

  return (
    <RecordFormContext value={context}>
      <form noValidate onSubmit={submitUnlessPending(formState.isSubmitting, submit)} className="form record-form">
        <ErrorSummary ref={summaryRef} items={summaryItems} onFocusField={focusField} />
        {notice}
        <FormAlert message={formState.errors.root?.server?.message} />
        <p className="field-description">
          Felt merket med <span aria-hidden="true">*</span>
          <span className="visually-hidden">stjerne</span> må fylles ut.
        </p>
        {form.sections.map((section) => (
          <RecordSection key={section.key} section={section} />
        ))}
        <div className="form-actions">
          <SubmitButton pending={formState.isSubmitting}>{submitLabel}</SubmitButton>
          {actions}
        </div>
      </form>
    </RecordFormContext>
  )
}
