import type { FormEvent } from 'react'
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { toDisplayError } from './api-error'

/**
 * Puts a failed request's messages where the user looks: each 422 issue beside its field (the
 * first one focused), and anything else (issues for no field here, a 401, a 409) as the form's
 * alert (root.server).
 */
export function showRequestError<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fields: readonly Path<T>[]): void {
  const apiError = toDisplayError(error)
  const isField = (path: string): path is Path<T> => (fields as readonly string[]).includes(path)
  const fieldIssues = apiError.issues.filter((issue) => isField(issue.path))
  const otherIssues = apiError.issues.filter((issue) => !isField(issue.path))
  fieldIssues.forEach((issue, i) => {
    if (isField(issue.path)) setError(issue.path, { type: 'server', message: issue.message }, { shouldFocus: i === 0 })
  })
  if (fieldIssues.length === 0 || otherIssues.length > 0) {
    const message = otherIssues.length > 0 ? otherIssues.map((issue) => issue.message).join(' ') : apiError.message
    setError('root.server', { type: 'server', message })
  }
}

/** The form's onSubmit: ignores a second submit while the first is on its way (see SubmitButton). */
export const submitUnlessPending = (pending: boolean, submit: (event: FormEvent<HTMLFormElement>) => Promise<void>) => (event: FormEvent<HTMLFormElement>) => {
  if (pending) {
    event.preventDefault()
    return
  }
  void submit(event)
}
