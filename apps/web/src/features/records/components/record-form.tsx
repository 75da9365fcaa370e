import { useCallback, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { findField, isOpenRecord, likelyNameIssues, mayHoldName, missingAnswers, osloToday, yearOf, type FormDef, type FormValues, type RecordValues } from '@ly/forms'
import { useForm, useWatch, type Control, type FieldErrors } from 'react-hook-form'
import { ErrorSummary } from '@/components/form/error-summary'
import { FormAlert } from '@/components/form/form-alert'
import { SubmitButton } from '@/components/form/submit-button'
import { submitUnlessPending } from '@/lib/forms'
import { draftToRecord, recordToDraft, type Draft } from '../lib/draft'
import { fieldElementId, focusField } from '../lib/field-ids'
import { isConsentRefused, shownFields } from '../lib/field-states'
import { hiddenErrorsMessage } from '../lib/hidden-errors'
import { recordResolver } from '../lib/record-resolver'
import { orderedKeys, showServerErrors } from '../lib/server-errors'
import { RecordFormContext } from './record-form-context'
import type { RecordFormProps } from './record-form-props'
import { RecordSection } from './record-section'
import { SectionNav } from './section-nav'
import { useClearHiddenFields } from './use-clear-hidden-fields'
import { useDraftKeeping, useKeptDraft } from './use-draft-keeping'
import { useInheritedValues } from './use-inherited-values'
import { useValuesChange } from './use-values-change'
import '../records.css'
import { useRecordLockedYears, YearLockedNotice } from '@/features/year-locks/components/year-locked-notice'

export type { FormPhase, RecordFormHandle, RecordFormProps, SubmitOptions } from './record-form-props'

/**
 * A registration form rendered from its definition and validated with the same schema as the
 * BFF (react-hook-form + zodResolver(recordSchema)). Sections are fieldsets; skip logic hides
 * and clears; refused consent leaves only the bare event on screen; a list of the sections
 * jumps to each, and the save buttons stay in reach. On a failed submit an error
 * summary at the top links to each field. Remount it (a new `key`) to start from new values.
 */
export function RecordForm<F extends FormDef>(props: RecordFormProps<F>) {
  const { form, defaultValues, saved = false, notice, actions, phases, inherited } = props
  // A record of a locked year is shown, marked and not editable (an open stay's check-out is).
  const lockedYears = useRecordLockedYears(
    form,
    saved ? defaultValues : null,
    phases?.every((p) => p === 'check_out'),
  )
  const idPrefix = props.idPrefix ?? form.key
  const [today] = useState(() => props.today ?? osloToday(new Date()))
  const resolver = useMemo(() => recordResolver(form, today), [form, today])
  const [pristine] = useState(() => recordToDraft(form, { ...defaultValues, ...inherited?.values }, { saved }))
  const initialDraft = useKeptDraft(props.draft, pristine)
  const methods = useForm<Draft, unknown, FormValues<F>>({ resolver, defaultValues: initialDraft, shouldFocusError: false })
  const { control, handleSubmit, setError, clearErrors, setValue, formState, getValues } = methods
  const draftKeeping = useDraftKeeping(props.draft, methods.subscribe, pristine, initialDraft)
  useClearHiddenFields(form, methods)
  useInheritedValues(form, setValue, inherited?.values)
  useValuesChange(form, methods.subscribe, props.onValuesChange)

  // Re-read at every change, but the context below changes only when what fields see does.
  const values = draftToRecord(form, useWatch({ control }) as Draft)
  const shownKeys = [...shownFields(form, values)].join(' ')
  const shown = useMemo(() => new Set(shownKeys.split(' ')), [shownKeys])
  // The sections this form renders (a step of a stay may show one phase); `visible` is what
  // the user can see and reach, so errors elsewhere are named rather than linked.
  const phaseKey = phases?.join(' ')
  const sections = useMemo(() => (phaseKey === undefined ? form.sections : form.sections.filter((s) => phaseKey.split(' ').includes(s.phase ?? 'check_in'))), [form, phaseKey])
  const visible = useMemo(() => new Set(sections.flatMap((s) => s.fields.map((f) => f.key)).filter((key) => shown.has(key))), [sections, shown])
  const lockedKeys = Object.keys(inherited?.values ?? {}).join(' ')
  const locked = useMemo(() => new Set(lockedKeys ? lockedKeys.split(' ') : []), [lockedKeys])
  const lockedNote = inherited?.note
  const consentRefused = isConsentRefused(form, values)
  // Without consent the other questions leave the screen (their answers stay in the draft, so
  // «Ja» again brings them back) and are never saved.
  const onScreenKeys = [...visible].filter((key) => !consentRefused || findField(form, key)?.bare).join(' ')
  const onScreen = useMemo(() => new Set(onScreenKeys.split(' ')), [onScreenKeys])
  const year = yearOf(values[form.dateField]) ?? Number(today.slice(0, 4))
  const { centreOptions, findLatestByCaseCode, proposals, recordId } = props
  const [initialCaseCode] = useState(() => (typeof defaultValues.case_code === 'string' ? defaultValues.case_code : null))
  // Fields read and write the draft; the submitted type matters to handleSubmit alone.
  const fieldControl = control as unknown as Control<Draft>
  // Issue 18: a likely name is sent only once the worker has confirmed it (confirmLikelyName).
  const [savedValues] = useState(() => (saved ? defaultValues : undefined))
  const [confirmedNames, setConfirmedNames] = useState<Readonly<Record<string, string>>>({})
  const confirmName = useCallback(
    (key: string, text: string | null) => {
      setConfirmedNames(({ [key]: _, ...others }) => (text === null ? others : { ...others, [key]: text }))
      if (text !== null) clearErrors(key)
    },
    [clearErrors],
  )
  const nameNeedsConfirming = useCallback((key: string, text: string) => mayHoldName(text) && savedValues?.[key] !== text.trim(), [savedValues])
  const context = useMemo(
    () => ({
      form,
      control: fieldControl,
      setValue,
      getValues,
      shown,
      visible,
      consentRefused,
      onScreen,
      year,
      centreOptions,
      findLatestByCaseCode,
      initialCaseCode,
      recordId,
      idPrefix,
      locked,
      lockedNote,
      confirmedNames,
      confirmName,
      nameNeedsConfirming,
      proposals,
    }),
    [
      form,
      fieldControl,
      setValue,
      getValues,
      shown,
      visible,
      consentRefused,
      onScreen,
      year,
      centreOptions,
      findLatestByCaseCode,
      initialCaseCode,
      recordId,
      idPrefix,
      locked,
      lockedNote,
      confirmedNames,
      confirmName,
      nameNeedsConfirming,
      proposals,
    ],
  )
  /** The new or changed free texts on screen that may hold a name the worker has not confirmed: marked, and the keys returned. */
  const refuseUnconfirmedNames = (valid: RecordValues): string[] => {
    const open = likelyNameIssues(form, valid, savedValues).filter((issue) => visible.has(issue.path) && confirmedNames[issue.path] !== valid[issue.path])
    for (const issue of open) setError(issue.path, { type: 'likely_name', message: issue.message })
    return open.map((issue) => issue.path)
  }
  const [summaryKeys, setSummaryKeys] = useState<string[]>([])
  const [focusRequest, setFocusRequest] = useState(0)
  const summaryRef = useRef<HTMLDivElement>(null)

  const showSummary = (keys: string[], focus = true) => {
    setSummaryKeys(keys)
    if (keys.length > 0 && focus) setFocusRequest((n) => n + 1)
  }
  const showInvalid = (errors: FieldErrors<Draft>, focus = true) => {
    const hidden = hiddenErrorsMessage(form, errors, visible)
    if (hidden) setError('root.server', { type: 'hidden', message: hidden })
    showSummary(
      orderedKeys(
        form,
        Object.keys(errors).filter((key) => visible.has(key)),
      ),
      focus,
    )
  }
  const showError = (error: unknown, focus = true) => showSummary(showServerErrors(error, form, visible, setError), focus)

  useImperativeHandle(props.embedded ? props.handle : undefined, () => ({
    validate: () =>
      new Promise<FormValues<F> | null>((resolve) => {
        void handleSubmit(
          (valid) => {
            const unconfirmed = refuseUnconfirmedNames(valid)
            showSummary(unconfirmed, false)
            resolve(unconfirmed.length > 0 ? null : valid)
          },
          (errors) => {
            showInvalid(errors, false)
            resolve(null)
          },
        )()
      }),
    showError: (error: unknown) => showError(error, false),
    focusErrors: () => setFocusRequest((n) => n + 1),
  }))

  // Which submit button was pressed: set by the "incomplete" button's click, read once per submit.
  const incompleteClicked = useRef(false)
  const incompleteLabel = props.embedded ? undefined : props.incompleteLabel
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const incomplete = incompleteClicked.current
    incompleteClicked.current = false
    const onValid = async (valid: FormValues<F>) => {
      setSummaryKeys([])
      if (props.embedded) return
      const record = valid as unknown as RecordValues
      const unconfirmed = refuseUnconfirmedNames(record)
      if (unconfirmed.length > 0) {
        showSummary(unconfirmed)
        return
      }
      const blocking = incompleteLabel && !incomplete && !isOpenRecord(form, record) ? missingAnswers(form, record).filter((m) => visible.has(m.key)) : []
      if (blocking.length > 0) {
        const message = `Må besvares for at registreringen skal være fullstendig. Velg «${incompleteLabel}» for å lagre uten svaret.`
        for (const { key } of blocking) setError(key, { type: 'incomplete', message })
        showSummary(blocking.map((m) => m.key))
        return
      }
      // Every answer stays on screen and in the draft until the save has worked (decision 0017).
      const typed = getValues()
      draftKeeping.saving()
      try {
        if ((await props.onSubmit(valid, { incomplete })) === false) draftKeeping.failed(typed)
        else draftKeeping.saved(typed)
      } catch (error) {
        draftKeeping.failed(typed)
        showError(error)
      }
    }
    submitUnlessPending(
      formState.isSubmitting,
      handleSubmit(onValid, (errors) => showInvalid(errors)),
    )(event)
  }

  const summaryItems = summaryKeys.flatMap((key) => {
    const message = formState.errors[key]?.message
    const field = findField(form, key)
    return message && field && visible.has(key) ? [{ targetId: fieldElementId(idPrefix, key), label: field.label, message }] : []
  })
  // react-hook-form publishes a failed submit's errors after onInvalid has run, so the summary
  // may appear a render after the focus request: focus it once it is there. A layout effect, so
  // focus is on the summary in the same commit that shows it — before the browser paints, and
  // before anything (a screen reader, a test) can observe the summary without focus.
  const summaryShown = summaryItems.length > 0
  const focusedRequest = useRef(0)
  useLayoutEffect(() => {
    if (focusRequest > focusedRequest.current && summaryShown && summaryRef.current) {
      focusedRequest.current = focusRequest
      summaryRef.current.focus()
    }
  }, [focusRequest, summaryShown])

  const body = (
    <>
      <ErrorSummary ref={summaryRef} items={summaryItems} onFocusField={focusField} title={props.errorSummaryTitle} />
      {notice}
      <YearLockedNotice years={lockedYears} />
      <FormAlert message={formState.errors.root?.server?.message} />
      {props.embedded ? null : (
        <p className="field-description">
          Felt merket med <span aria-hidden="true">*</span>
          <span className="visually-hidden">stjerne</span> må fylles ut.
        </p>
      )}
      {props.embedded ? null : <SectionNav sections={sections} values={values} />}
      <fieldset disabled={lockedYears.length > 0} className="record-form-sections">
        {sections.map((section) => (
          <RecordSection key={section.key} section={section} />
        ))}
      </fieldset>
    </>
  )

  return (
    <RecordFormContext value={context}>
      {props.embedded ? (
        <div className="record-form">
          {body}
          {actions ? <div className="form-actions">{actions}</div> : null}
        </div>
      ) : (
        <form noValidate onSubmit={submit} className="form record-form">
          {body}
          {/* Sticky at the bottom of the window: saving is one click from any question. */}
          <div className="form-actions form-actions-sticky">
            <SubmitButton pending={formState.isSubmitting}>{props.submitLabel}</SubmitButton>
            {incompleteLabel ? (
              <button
                type="submit"
                className="button"
                aria-disabled={formState.isSubmitting || undefined}
                onClick={() => {
                  incompleteClicked.current = true
                }}
              >
                {incompleteLabel}
              </button>
            ) : null}
            {actions}
          </div>
        </form>
      )}
    </RecordFormContext>
  )
}
