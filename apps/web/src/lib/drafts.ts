/**
 * Answers typed but not yet saved (decision 0017). A form in progress is written to the tab's
 * sessionStorage at every change, so it comes back after the idle lock (which unmounts the
 * page), a reload or a lost connection — and nowhere that outlives the tab. Every draft is
 * removed on sign-out and on a new sign-in, so a draft never outlives the signed-in session.
 *
 * Beside the stored drafts, an in-memory set says which mounted forms hold unsaved work: the
 * leave guard asks it before a navigation or closing the tab.
 */
const PREFIX = 'ly-draft:'

export interface StoredDraft<T> {
  /** The saved record's version the answers were typed on (none for a new record). */
  base: number | null
  values: T
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage
  } catch {
    // Storage refused (a privacy setting): drafts then live as long as the page.
    return null
  }
}

export function readDraft<T>(key: string): StoredDraft<T> | null {
  const text = storage()?.getItem(PREFIX + key)
  if (!text) return null
  try {
    return JSON.parse(text) as StoredDraft<T>
  } catch {
    return null
  }
}

export function writeDraft<T>(key: string, draft: StoredDraft<T>): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(draft))
  } catch {
    // Full or refused: the answers stay on screen; only a reload would lose them.
  }
}

export function discardDraft(key: string): void {
  storage()?.removeItem(PREFIX + key)
  markSaved(key)
}

/** At sign-out and sign-in: no draft may be seen by the next session in this tab. */
export function clearAllDrafts(): void {
  const store = storage()
  if (store) {
    for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key)
  }
  unsaved.clear()
  notify()
}

// Which mounted forms hold answers that differ from what is saved.
const unsaved = new Set<string>()
const listeners = new Set<() => void>()
const notify = () => {
  for (const listener of listeners) listener()
}

export function markUnsaved(key: string): void {
  if (unsaved.has(key)) return
  unsaved.add(key)
  notify()
}

export function markSaved(key: string): void {
  if (!unsaved.delete(key)) return
  notify()
}

export const hasUnsavedWork = () => unsaved.size > 0

export function subscribeUnsaved(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The user chose to leave: the unsaved forms' drafts go, so they do not come back later. */
export function discardUnsaved(): void {
  for (const key of [...unsaved]) discardDraft(key)
}
