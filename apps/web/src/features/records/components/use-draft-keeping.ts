import { useEffect, useRef, useState } from 'react'
import type { UseFormSubscribe } from 'react-hook-form'
import { discardDraft, markSaved, markUnsaved, readDraft, writeDraft } from '@/lib/drafts'
import type { Draft } from '../lib/draft'

/** Where a form keeps its unsaved answers (decision 0017). */
export interface DraftOptions {
  /** One per record and step, e.g. "day_visit:new" or "adult_stay:<id>:check-out". */
  key: string
  /** The saved record's version the form opened at: a draft typed on another version is not restored. */
  base?: number | null
}

const same = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b)

/** The values a form starts from: the kept draft when there is one for this record and version. */
export function useKeptDraft(options: DraftOptions | undefined, pristine: Draft): Draft {
  const [start] = useState(() => {
    const kept = options ? readDraft<Draft>(options.key) : null
    return kept && kept.base === (options?.base ?? null) ? { ...pristine, ...kept.values } : pristine
  })
  return start
}

/**
 * While the form is open, every change is written to the tab's session storage and the form
 * counts as unsaved work (the leave guard asks); answers equal to the saved ones are no draft.
 * Around a save: `saving()` lets the page navigate away once it is stored, `saved(values)` makes
 * what is on screen the stored state, `failed()` makes it unsaved work again.
 */
export function useDraftKeeping(options: DraftOptions | undefined, subscribe: UseFormSubscribe<Draft>, pristine: Draft, start: Draft) {
  const key = options?.key
  const base = options?.base ?? null
  const savedValues = useRef(pristine)
  // Whether what is on screen differs from what is stored. A restored draft is unsaved work from
  // the first render; kept in a ref because a save changes `base` and reruns the effect below,
  // which must then see the saved state, not the values the form opened with.
  const dirty = useRef(!same(start, pristine))

  useEffect(() => {
    if (!key) return
    if (dirty.current) markUnsaved(key)
    const unsubscribe = subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        dirty.current = !same(values, savedValues.current)
        if (!dirty.current) discardDraft(key)
        else {
          writeDraft(key, { base, values })
          markUnsaved(key)
        }
      },
    })
    // Unmounted (the idle lock, a confirmed leave): the draft stays stored, the page holds nothing.
    return () => {
      unsubscribe()
      markSaved(key)
    }
  }, [key, base, subscribe, start])

  return {
    saving: () => {
      if (key) markSaved(key)
    },
    saved: (values: Draft) => {
      savedValues.current = values
      dirty.current = false
      if (key) discardDraft(key)
    },
    failed: (values: Draft) => {
      dirty.current = !same(values, savedValues.current)
      if (key && dirty.current) markUnsaved(key)
    },
  }
}
