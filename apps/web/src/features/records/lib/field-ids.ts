/**
 * Element ids of a record form's fields, stable and readable ("day_visit-age"): the error
 * summary links to them, and tests and journeys may too. The prefix is the form key; a page
 * with several forms of one kind (a stay's children) gives each its own (RecordForm idPrefix).
 */
export const fieldElementId = (prefix: string, fieldKey: string) => `${prefix}-${fieldKey}`

/** Moves focus to a field: the input itself, or the first enabled option of a group. */
export function focusField(id: string): void {
  const element = document.getElementById(id)
  if (!element) return
  const target = element instanceof HTMLFieldSetElement ? element.querySelector<HTMLElement>('input:not([disabled]), select, textarea') : element
  ;(target ?? element).focus()
}

/** A section's element id: its own word between prefix and key, so it never meets a field's. */
export const sectionElementId = (prefix: string, sectionKey: string) => `${prefix}-del-${sectionKey}`
