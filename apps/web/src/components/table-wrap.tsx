import type { ReactNode } from 'react'

/**
 * A table in a box of its own that scrolls sideways when the table is wider than the screen
 * (issue 16: the page itself never scrolls sideways). Focusable and named after the table, so a
 * keyboard can scroll it too (axe: scrollable-region-focusable).
 */
export function TableWrap({ label, className = 'table-wrap', children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className} role="region" aria-label={`${label}, tabell`} tabIndex={0}>
      {children}
    </div>
  )
}
