import { useState, type ReactNode } from 'react'
import { osloToday, type FormDef, type FormValues, type RecordValues } from '@ly/forms'
import { Link } from 'react-router'
import { MissingAnswers } from '@/features/records/components/missing-answers'
import { RecordForm, type SubmitOptions } from '@/features/records/components/record-form'

interface CheckOutFormProps<F extends FormDef> {
  form: F
  /** The saved stay; the whole record is sent back, with the check-out answers added. */
  values: RecordValues
  /** Where the unsaved answers are kept (decision 0017). */
  draftKey: string
  /** The saved stay's version the step opened at. */
  version: number
  /** Element id prefix, when the page holds another form of the kind. */
  idPrefix?: string
  /** At the top of the form (a conflict alert). */
  notice?: ReactNode
  /** Between the heading and the form (children still staying, for an adult). */
  intro?: ReactNode
  cancelHref: string
  /** Gets the record as typed after every change (the adult's end date for the children's). */
  onValuesChange?: (values: RecordValues) => void
  onSubmit: (values: FormValues<F>, options: SubmitOptions) => Promise<void | false>
}

/**
 * The check-out step (h2 "Utflytting"): only the check-out questions, the end date starting at
 * today in Europe/Oslo. "Flytt ut" needs the answers a complete stay needs; "Lagre som
 * ufullstendig" checks out now and leaves them for later (decision 4).
 */
export function CheckOutForm<F extends FormDef>({ form, values, draftKey, version, idPrefix, notice, intro, cancelHref, onValuesChange, onSubmit }: CheckOutFormProps<F>) {
  const [defaults] = useState(() => ({ ...values, stay_end_date: values.stay_end_date ?? osloToday(new Date()) }))
  // A stay never checked out was never asked these questions: "Vet ikke" is not yet an answer.
  const askedBefore = typeof values.stay_end_date === 'string'
  return (
    <section aria-labelledby="utflytting" className="stay-part">
      <h2 id="utflytting">Utflytting</h2>
      <p>«Flytt ut» lagrer utflyttingen når alle svarene som trengs er gitt. Er noe ikke kjent ennå, velg «Lagre som ufullstendig» og fullfør skjemaet senere.</p>
      {intro}
      <RecordForm
        form={form}
        idPrefix={idPrefix}
        phases={['check_out']}
        defaultValues={defaults}
        draft={{ key: draftKey, base: version }}
        saved={askedBefore}
        submitLabel="Flytt ut"
        incompleteLabel="Lagre som ufullstendig"
        notice={
          <>
            {notice}
            <MissingAnswers level={3} />
          </>
        }
        onSubmit={onSubmit}
        onValuesChange={onValuesChange}
        actions={<Link to={cancelHref}>Avbryt</Link>}
      />
    </section>
  )
}
