import { useEffect, useRef, type Ref } from 'react'
import { childStayForm, type ChildStayForm, type RecordValues } from '@ly/forms'
import { RecordForm, type RecordFormHandle } from '@/features/records/components/record-form'
import { INHERITED_NOTE } from '../lib/labels'
import { useFindLatestRecord } from '@/features/records/api/get-latest-record'
import { childStayEndpoints } from '../api/child-stay-endpoints'

interface ChildSubFormProps {
  /** Stable per sub-form: element ids and the handle's key. */
  entryKey: number
  /** 1-based position, as staff count the children ("Barn 2"). */
  number: number
  defaultValues: RecordValues
  /** The adult's consent and offer (decision 1): shown, not editable. */
  inherited: RecordValues
  handleRef: Ref<RecordFormHandle<ChildStayForm>>
  onRemove: () => void
  /** Just added: the heading takes focus, so a keyboard user starts at the new form. */
  focusOnMount: boolean
}

/** One child's check-in on the adult's check-in page: the child_stay check-in sections. */
export function ChildSubForm({ entryKey, number, defaultValues, inherited, handleRef, onRemove, focusOnMount }: ChildSubFormProps) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const findLatest = useFindLatestRecord(childStayEndpoints)
  const headingId = `barn-${entryKey}-overskrift`
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus()
  }, [focusOnMount])
  return (
    <section aria-labelledby={headingId} className="child-sub-form">
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        Barn {number}
      </h3>
      <RecordForm
        embedded
        handle={handleRef}
        form={childStayForm}
        idPrefix={`child_stay-${entryKey}`}
        phases={['check_in']}
        defaultValues={defaultValues}
        inherited={{ values: inherited, note: INHERITED_NOTE }}
        errorSummaryTitle={`Skjemaet for barn ${number} har feil`}
        findLatestByCaseCode={findLatest}
        actions={
          <button type="button" className="button button-danger" onClick={onRemove}>
            Fjern barn {number}
          </button>
        }
      />
    </section>
  )
}
