import type { ReactNode } from 'react'

/**
 * A statistics table in a box of its own that scrolls sideways when the table is wider than
 * the screen (issue 16: a phone never scrolls the page sideways). Focusable and named, so a
 * keyboard can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={`${label}, tabell`} tabIndex={0}>
      {children}
    </div>
  )
}
