import type { ReactNode } from 'react'
import { formatNorwegianDate, type FormDef, type FormValues, type RecordValues } from '@ly/forms'
import { useLocation, useNavigate } from 'react-router'
import type { RecordItemEndpoints, SavedRecord } from '@/features/records/api/record-endpoints'
import { useRecordEditing } from '@/features/records/api/use-record-editing'
import { SavedRecordConflict } from '@/features/records/components/saved-record-conflict'
import { SavedRecordHeading } from '@/features/records/components/saved-record-heading'
import { useSavedRecord } from '@/features/records/components/use-saved-record'
import { flashState } from '@/features/records/lib/flash'
import { nameConfirmation } from '@/features/records/lib/name-confirmation'
import { readReturnTo } from '@/lib/return-to'
import { STAY_RELOADED } from '../lib/labels'
import { checkOutMessage } from '../lib/messages'
import { factsOf, type StayFacts } from '../lib/stay-facts'
import { CheckOutForm } from './check-out-form'
import { StaySummary } from './stay-summary'
import '../residents.css'

type Stay = SavedRecord & { derived?: StayFacts | undefined }

interface StayCheckOutProps<F extends FormDef, R extends Stay> {
  form: F
  endpoints: RecordItemEndpoints<R, FormValues<F>>
  initial: R
  kind: 'adult' | 'child'
  /** "Opphold" / "Barnets opphold": the heading says it with the check-in date. */
  title: string
  /** Where the step leads when it was not opened from the board. */
  defaultBack: string
  /** A child's step links to the adult's stay. */
  adultHref?: string
  /** Above the step's own questions (the children leaving with their adult). */
  intro?: ReactNode
  onValuesChange?: (values: RecordValues) => void
  /**
   * What must be saved before the stay itself (its children, who may not stay behind): resolves
   * the words to add to the message, or `false` when nothing may be saved yet. A throw is shown
   * above the form, and nothing of the stay itself is saved.
   */
  saveFirst?: () => Promise<string | false>
}

/**
 * A stay's check-out step, from the board or the stay page; back there once saved. The version
 * the step opened at goes with the save; a change by someone else answers 409 ("Last inn på
 * nytt"). The answers are kept as a draft of their own (`<form>:<id>:check-out`, decision 0017).
 */
export function StayCheckOut<F extends FormDef, R extends Stay>(props: StayCheckOutProps<F, R>) {
  const { form, kind } = props
  const navigate = useNavigate()
  const location = useLocation()
  const editing = useRecordEditing(props.endpoints, props.initial.id)
  const state = useSavedRecord(props.initial, editing.reload, STAY_RELOADED)
  const { record } = state
  const start = typeof record.values.stay_start_date === 'string' ? formatNorwegianDate(record.values.stay_start_date) : ''
  const back = readReturnTo(location.state) ?? props.defaultBack

  return (
    <>
      <SavedRecordHeading heading={`${props.title} ${start}`} state={state} />
      <StaySummary stay={record} adultHref={props.adultHref} />
      <CheckOutForm
        key={state.formKey}
        form={form}
        values={record.values}
        draftKey={`${form.key}:${record.id}:check-out`}
        version={record.version}
        intro={props.intro}
        notice={<SavedRecordConflict state={state} />}
        cancelHref={back}
        onValuesChange={props.onValuesChange}
        onSubmit={(values) =>
          state.write(async () => {
            const alongside = props.saveFirst ? await props.saveFirst() : ''
            if (alongside === false) return false
            const fresh = await editing.save(record.version, values, nameConfirmation(form, values))
            await navigate(back, { state: flashState(checkOutMessage(kind, fresh.values, factsOf(fresh)) + alongside) })
          })
        }
      />
    </>
  )
}
