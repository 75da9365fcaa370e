import type { CallerCategory } from '../api/get-caller-categories'

/** One key on the quick-entry screen: a caller category and, for the first nine, its digit. */
export interface CallerKey {
  key: string
  label: string
  help?: string
  /** The digit that registers a call of this category at once (1–9). */
  shortcut?: string
}

/** The key for a call that is not about violence or the centre's services (not counted). */
export const ADMINISTRATIVE_KEY = '0'

/** The centre's categories in use, in its order; the first nine get the digits 1–9. */
export function callerKeys(categories: readonly CallerCategory[]): CallerKey[] {
  return categories.filter((c) => !c.retired).map((c, i) => ({ key: c.key, label: c.label, ...(c.help && { help: c.help }), ...(i < 9 && { shortcut: String(i + 1) }) }))
}

/**
 * A key press meant for a form control — a field being typed in, a radio group or checkbox of
 * the call's details, a settings form — which no shortcut may steal: a digit there answers the
 * control (or nothing), it never registers a call.
 */
export function isFormControlTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return target.closest('form, fieldset, [role="radiogroup"], [role="group"]') !== null
}

export type QuickKey = { kind: 'digit'; digit: string } | { kind: 'undo' }

/**
 * What a key press means on the quick-entry screen, or null. A held-down key repeats no
 * registration, and keys pressed in a form control or with a dialog open mean nothing here.
 */
export function quickKeyOf(event: KeyboardEvent): QuickKey | null {
  if (event.defaultPrevented || event.repeat || event.altKey || isFormControlTarget(event.target)) return null
  if (document.querySelector('dialog[open]')) return null
  if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') return { kind: 'undo' }
  if (event.ctrlKey || event.metaKey) return null
  return /^[0-9]$/.test(event.key) ? { kind: 'digit', digit: event.key } : null
}
