import { useImperativeHandle, useRef, type Ref } from 'react'
import { childStayForm, formatNorwegianDate, type ChildStayForm, type FormValues } from '@ly/forms'
import { Link, useLocation } from 'react-router'
import { RecordForm, type RecordFormHandle } from '@/features/records/components/record-form'
import type { StayChild } from '../api/get-stay-children'
import { bareEventOf } from '../lib/stay-facts'
import { returnState } from '@/lib/return-to'
import { childCheckOutHref } from '../lib/stay-links'

/** What the adult's check-out does with the children's part of the step. */
export interface ChildrenCheckOutHandle {
  /** Each child still here with its validated check-out answers, or null when one has errors (shown, focused). */
  validate(): Promise<{ child: StayChild; values: FormValues<ChildStayForm> }[] | null>
  /** A child's save failed: its errors beside its fields, focus on them. */
  showError(childId: string, error: unknown): void
}

interface ChildrenCheckOutProps {
  adultId: string
  /** The children of the stay still living at the centre. */
  here: StayChild[]
  /** The adult's end date as typed: each child leaves the same day (decision 4). */
  endDate: string | null
  handle: Ref<ChildrenCheckOutHandle>
}

/** Where a child's check-out answers are kept while typed (decision 0017). */
export const childCheckOutDraftKey = (childId: string) => `child_stay:${childId}:check-out`

const END_NOTE = 'Samme dato som den voksne. Flyttet barnet ut en annen dag, flytt det ut for seg.'

/**
 * The children still in the stay, checked out in the same step as their adult (issue 16): one
 * check-out sub-form per child, its end date the adult's. Nothing is saved until the adult's
 * «Flytt ut»; a child who left another day has its own check-out.
 */
export function ChildrenCheckOut({ adultId, here, endDate, handle }: ChildrenCheckOutProps) {
  const location = useLocation()
  const handles = useRef(new Map<string, RecordFormHandle<ChildStayForm>>())

  useImperativeHandle(handle, () => ({
    validate: async () => {
      const results = await Promise.all(here.map(async (child) => ({ child, values: (await handles.current.get(child.id)?.validate()) ?? null })))
      const failed = results.find((r) => r.values === null)
      if (failed) {
        handles.current.get(failed.child.id)?.focusErrors()
        return null
      }
      return results.map(({ child, values }) => ({ child, values: values! }))
    },
    showError: (childId, error) => {
      handles.current.get(childId)?.showError(error)
      handles.current.get(childId)?.focusErrors()
    },
  }))

  if (here.length === 0) return null
  return (
    <section aria-labelledby="barna-flytter-ut" className="stay-part">
      <h3 id="barna-flytter-ut">{here.length === 1 ? 'Barnet flytter ut samtidig' : `De ${here.length} barna flytter ut samtidig`}</h3>
      <p>Barna i oppholdet flyttes ut sammen med den voksne når du trykker «Flytt ut» nederst.</p>
      {here.map((child, index) => {
        const bare = bareEventOf(child.values)
        const number = index + 1
        return (
          <section key={child.id} aria-labelledby={`barn-ut-${child.id}`} className="child-sub-form">
            <h4 id={`barn-ut-${child.id}`}>
              Barn {number}
              {bare.caseCode ? ` (saksnummer ${bare.caseCode})` : ''}, innflyttet {bare.start ? formatNorwegianDate(bare.start) : ''}
            </h4>
            <RecordForm
              embedded
              handle={(h: RecordFormHandle<ChildStayForm> | null) => {
                if (h) handles.current.set(child.id, h)
                else handles.current.delete(child.id)
              }}
              form={childStayForm}
              idPrefix={`child_stay-ut-${child.id}`}
              phases={['check_out']}
              defaultValues={child.values}
              draft={{ key: childCheckOutDraftKey(child.id), base: child.version }}
              inherited={{ values: { stay_end_date: endDate }, note: END_NOTE }}
              errorSummaryTitle={`Skjemaet for barn ${number} har feil`}
              actions={
                <Link to={childCheckOutHref(adultId, child.id)} state={returnState(location.pathname)}>
                  Flytt ut barn {number} for seg
                </Link>
              }
            />
          </section>
        )
      })}
    </section>
  )
}
