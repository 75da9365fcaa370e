import { useId, type Ref } from 'react'

export interface ErrorSummaryItem {
  /** The id of the field's element (an input, or a fieldset whose first option takes focus). */
  targetId: string
  label: string
  message: string
}

interface ErrorSummaryProps {
  items: readonly ErrorSummaryItem[]
  /** Moves focus to a field; links do it themselves rather than through the URL hash. */
  onFocusField: (targetId: string) => void
  ref?: Ref<HTMLDivElement>
  /** The heading; name the part of the page when it has several forms ("Barn 2: skjemaet har feil"). */
  title?: string
}

/**
 * The errors of a long form, listed at its top after a failed submit, each linking to its
 * field. The form moves focus here, so the list is read and the links are one Tab away.
 */
export function ErrorSummary({ items, onFocusField, ref, title = 'Skjemaet har feil' }: ErrorSummaryProps) {
  const headingId = useId()
  if (items.length === 0) return null
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={headingId} className="error-summary">
      <h2 id={headingId}>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.targetId}>
            <a
              href={`#${item.targetId}`}
              onClick={(event) => {
                // The router would take a hash change for a navigation; focus the field directly.
                event.preventDefault()
                onFocusField(item.targetId)
              }}
            >
              {item.label}: {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
