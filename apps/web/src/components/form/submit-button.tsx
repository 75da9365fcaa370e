import type { ReactNode } from 'react'

/**
 * aria-disabled rather than disabled while pending: a disabled button drops keyboard focus,
 * leaving a keyboard user lost on the page. The form ignores submits while pending.
 */
export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  return (
    <button type="submit" className="button button-primary" aria-disabled={pending || undefined}>
      {children}
    </button>
  )
}
