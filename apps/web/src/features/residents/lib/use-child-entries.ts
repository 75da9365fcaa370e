import { useRef, useState } from 'react'
import { childStayDateIssues, type ChildStayForm, type FormValues, type RecordValues } from '@ly/forms'
import type { RecordFormHandle } from '@/features/records/components/record-form'
import { ApiError } from '@/lib/api-error'
import type { ChildStay } from '../api/child-stay-endpoints'

export interface ChildEntry {
  /** Stable while the page is open (positions shift when a child is removed). */
  key: number
  defaults: RecordValues
  /** Set once the BFF has stored the child; the sub-form then gives way to a note. */
  saved: ChildStay | null
}

type ChildValues = FormValues<ChildStayForm>

/**
 * The children's sub-forms of the check-in page: which there are, which are saved, and the
 * handles through which the page validates them and shows the server's answer on each.
 */
export function useChildEntries() {
  const [entries, setEntries] = useState<ChildEntry[]>([])
  const [focusKey, setFocusKey] = useState<number | null>(null)
  const nextKey = useRef(1)
  const handles = useRef(new Map<number, RecordFormHandle<ChildStayForm>>())

  const handleRef = (key: number) => (handle: RecordFormHandle<ChildStayForm> | null) => {
    if (handle) handles.current.set(key, handle)
    else handles.current.delete(key)
  }

  /**
   * Validates each unsaved child as a submit would, plus the rule that a child cannot move in
   * before the adult (packages/forms `childStayDateIssues`, which the BFF applies too): caught
   * here, nothing is saved half-way for a date typed wrong.
   */
  async function validate(open: readonly ChildEntry[], adultStart: string | null): Promise<(ChildValues | null)[]> {
    return Promise.all(
      open.map(async (entry) => {
        const handle = handles.current.get(entry.key)
        const values = (await handle?.validate()) ?? null
        if (!values || !adultStart || !values.stay_start_date) return values
        const issues = childStayDateIssues({ start: adultStart, end: null }, { start: values.stay_start_date, end: values.stay_end_date })
        if (issues.length === 0) return values
        handle?.showError(new ApiError(422, 'validation_failed', 'Barnets datoer passer ikke med den voksnes opphold.', issues))
        return null
      }),
    )
  }

  return {
    entries,
    focusKey,
    handleRef,
    validate,
    add(defaults: RecordValues) {
      const key = nextKey.current++
      setEntries((current) => [...current, { key, defaults, saved: null }])
      setFocusKey(key)
    },
    remove(key: number) {
      setEntries((current) => current.filter((e) => e.key !== key))
    },
    unsaved: () => entries.filter((e) => e.saved === null),
    markSaved(key: number, child: ChildStay) {
      setEntries((current) => current.map((e) => (e.key === key ? { ...e, saved: child } : e)))
    },
    showError: (key: number, error: unknown) => handles.current.get(key)?.showError(error),
    focusErrors: (key: number) => handles.current.get(key)?.focusErrors(),
    focusFirstFailure(open: readonly ChildEntry[], results: readonly (ChildValues | null)[]) {
      const failed = open[results.findIndex((v) => v === null)]
      if (failed) handles.current.get(failed.key)?.focusErrors()
    },
    numberOf: (key: number) => entries.findIndex((e) => e.key === key) + 1,
  }
}

export type ChildEntries = ReturnType<typeof useChildEntries>
