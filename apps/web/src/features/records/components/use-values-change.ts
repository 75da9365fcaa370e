import { useEffect, useRef } from 'react'
import type { FormDef, RecordValues } from '@ly/forms'
import type { UseFormSubscribe } from 'react-hook-form'
import { draftToRecord, type Draft } from '../lib/draft'

/** Calls `onChange` with the record as typed after every change; the latest callback is used. */
export function useValuesChange(form: FormDef, subscribe: UseFormSubscribe<Draft>, onChange: ((values: RecordValues) => void) | undefined): void {
  const latest = useRef(onChange)
  useEffect(() => {
    latest.current = onChange
  })
  const listening = onChange !== undefined
  useEffect(() => {
    if (!listening) return
    return subscribe({ formState: { values: true }, callback: ({ values }) => latest.current?.(draftToRecord(form, values)) })
  }, [form, subscribe, listening])
}
