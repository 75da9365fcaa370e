import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises'
import { offerKeys, osloToday } from '@ly/forms'
import type { Db } from '../db/database'
import { centreStatistics, KEPT_DOCUMENTS } from './cache'
import type { Offer } from './types'

export interface WarmOptions {
  /** The years to warm; this year and last year (the dashboard's and its comparison) by default. */
  years?: readonly number[]
  /** The offers to warm; by default `all` first (the national figures), then each offer's own (the dashboard's choice). */
  offers?: readonly Offer[]
  /** Today in Europe/Oslo; now by default. */
  today?: string
  /**
   * At most this many documents when the offers are the default: three fifths of what is kept (45
   * centres × 2 years × 3 offers fit), so warming never pushes its own `all` documents out of the
   * cache and leaves room for what requests keep. When the offers' own would not fit, only `all`
   * is warmed.
   */
  maxDocuments?: number
  /** True while a request is being answered: warming waits until none is (lowest priority). */
  busy?: () => boolean
}

export interface Warming {
  /** Resolves when every centre-year is kept (or warming was stopped), with what was warmed. */
  done: Promise<{ documents: number; ms: number }>
  stop(): void
}

const PAUSE_MS = 25

/** What the dashboard opens: every offer together, then each of the form definitions' offers (@ly/forms). */
export const WARMED_OFFERS: readonly Offer[] = ['all', ...offerKeys]

/**
 * Works out the kept statistics (cache.ts) of every centre for the recent years in the
 * background after a start, so the first national figures, and each centre's first dashboard
 * (for both offers, or either one), are sums of kept documents rather than 45 centres' records
 * read at once (issue 21 §3, decision 0057).
 * One centre-year at a time, yielding to the event loop before each (setImmediate: pending
 * I/O and requests go first) and pausing while any request is in flight, so a request is
 * never queued behind warming for longer than one centre-year's computation. A failure is
 * not kept (cache.ts) and does not stop the rest; the request that needs it computes it.
 */
export function startWarming(db: Db, options: WarmOptions = {}): Warming {
  let stopped = false
  const busy = options.busy ?? (() => false)
  const started = performance.now()
  const run = async () => {
    const today = options.today ?? osloToday(new Date())
    const thisYear = Number(today.slice(0, 4))
    const years = options.years ?? [thisYear - 1, thisYear]
    const centres = await db.selectFrom('centres').select('id').orderBy('id').execute()
    const room = options.maxDocuments ?? (KEPT_DOCUMENTS * 3) / 5
    const offers = options.offers ?? (centres.length * years.length * WARMED_OFFERS.length <= room ? WARMED_OFFERS : WARMED_OFFERS.slice(0, 1))
    let documents = 0
    // Offer by offer, so every centre's `all` — what the national figures add up — is kept first.
    for (const offer of offers)
      for (const year of years)
        for (const { id } of centres) {
          await nextTurn()
          while (busy() && !stopped) await sleep(PAUSE_MS)
          if (stopped) return { documents, ms: performance.now() - started }
          try {
            await centreStatistics(db, id, { year, offer, today })
            documents++
          } catch {
            // Not kept; the request that needs these figures works them out and reports any error.
          }
        }
    return { documents, ms: performance.now() - started }
  }
  return {
    done: run(),
    stop: () => {
      stopped = true
    },
  }
}
