import { useState } from 'react'
import { ApiError, toDisplayError } from '@/lib/api-error'

/**
 * Someone else changed the record since it was read (409 `conflict`): reloading resolves it.
 * Other 409s (`has_children`, `consent_inherited`) are refusals a reload does not change.
 */
export const isConflict = (error: unknown): error is ApiError => error instanceof ApiError && error.status === 409 && error.code === 'conflict'

const focusHeading = () => document.querySelector<HTMLElement>('#hovedinnhold h1')?.focus()

/**
 * The state of a page that edits one saved stay: the record as last seen (its version goes with
 * every write), a key that remounts the form with fresh values, the status said after a write,
 * and a 409 conflict shown with "Last inn på nytt" — never overwritten silently.
 */
export function useStayEditor<T>(initial: T, fetchFresh: () => Promise<T>, initialStatus: string | null = null) {
  const [record, setRecord] = useState(initial)
  const [formKey, setFormKey] = useState(0)
  // The previous page's message (a flash), until the first write here replaces it.
  const [status, setStatus] = useState<string | null>(initialStatus)
  const [conflict, setConflict] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [reloading, setReloading] = useState(false)

  /** A new form from `fresh` (after a reload or a withdrawal), with `message` said. */
  const showFresh = (fresh: T, message: string) => {
    setRecord(fresh)
    setFormKey((k) => k + 1)
    setConflict(null)
    setFailure(null)
    setStatus(message)
    focusHeading()
  }
  /** A save that worked: the form keeps what was typed, the record its new version. */
  const saved = (fresh: T, message: string) => {
    setRecord(fresh)
    setConflict(null)
    setFailure(null)
    setStatus(message)
  }
  const startWrite = () => {
    setStatus(null)
    setFailure(null)
  }
  /**
   * A write from the form: a 409 conflict is shown with the reload button; any other error goes
   * back to the form, which shows it beside the fields.
   */
  const write = async (run: () => Promise<void>): Promise<void | false> => {
    startWrite()
    try {
      await run()
    } catch (error) {
      if (!isConflict(error)) throw error
      setConflict(error.message)
      // Nothing was saved: the form's answers stay unsaved work (decision 0017).
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
      showFresh(await fetchFresh(), 'Lastet inn på nytt med de siste endringene.')
    } catch (error) {
      setFailure(toDisplayError(error).message)
    } finally {
      setReloading(false)
    }
  }
  return { record, formKey, status, setStatus, conflict, failure, reloading, showFresh, saved, write, fail, reload }
}
