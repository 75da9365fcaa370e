import { useState } from 'react'
import { ApiError, toDisplayError } from '@/lib/api-error'

/**
 * Someone else changed the record since it was read (409 `conflict`): reloading resolves it.
 * Other 409s (a stay's `has_children`, `consent_inherited`) are refusals a reload does not change.
 */
export const isConflict = (error: unknown): error is ApiError => error instanceof ApiError && error.status === 409 && error.code === 'conflict'

const focusHeading = () => document.querySelector<HTMLElement>('#hovedinnhold h1')?.focus()

/**
 * The state of a page that writes one saved record (RecordEditor, a stay's check-out step): the
 * record as last seen (its version goes with every write), a key that remounts the form with
 * fresh values, the status said after a write, and a 409 conflict shown with "Last inn på nytt"
 * — never overwritten silently.
 */
export function useSavedRecord<R>(initial: R, fetchCurrent: () => Promise<R>, reloadedMessage: string, initialStatus: string | null = null) {
  const [record, setRecord] = useState(initial)
  const [formKey, setFormKey] = useState(0)
  // The previous page's message (a flash), until the first write here replaces it.
  const [status, setStatus] = useState<string | null>(initialStatus)
  const [conflict, setConflict] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [reloading, setReloading] = useState(false)

  /** A new form from `fresh` (after a reload or a withdrawal), with `message` said. */
  const showFresh = (fresh: R, message: string) => {
    setRecord(fresh)
    setFormKey((k) => k + 1)
    setConflict(null)
    setFailure(null)
    setStatus(message)
    focusHeading()
  }
  /** A save that worked: the form keeps what was typed, the record its new version. */
  const saved = (fresh: R, message: string) => {
    setRecord(fresh)
    setConflict(null)
    setFailure(null)
    setStatus(message)
  }
  /**
   * A write from the form: a 409 conflict is shown with the reload button; any other error goes
   * back to the form, which shows it beside the fields. Resolves `false` (RecordForm's "nothing
   * was saved": the answers stay unsaved work, decision 0017) on a conflict or when `run` does.
   */
  const write = async (run: () => Promise<void | false>): Promise<void | false> => {
    setStatus(null)
    setFailure(null)
    try {
      return await run()
    } catch (error) {
      if (!isConflict(error)) throw error
      setConflict(error.message)
      return false
    }
  }
  /** A failed write outside the form (withdrawal, deletion): conflicts get the reload button. */
  const fail = (error: unknown) => {
    setStatus(null)
    if (isConflict(error)) setConflict(error.message)
    else setFailure(toDisplayError(error).message)
  }
  const reload = async () => {
    setReloading(true)
    try {
      showFresh(await fetchCurrent(), reloadedMessage)
    } catch (error) {
      setFailure(toDisplayError(error).message)
    } finally {
      setReloading(false)
    }
  }
  return { record, formKey, status, conflict, failure, reloading, showFresh, saved, write, fail, reload }
}

export type SavedRecordState<R> = ReturnType<typeof useSavedRecord<R>>
