import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises'
import { osloToday } from '@ly/forms'
import type { Db } from '../db/database'
import { centreStatistics } from './cache'
import type { Offer } from './types'

export interface WarmOptions {
  /** The years to warm; this year and last year (the dashboard's and its comparison) by default. */
  years?: readonly number[]
  offers?: readonly Offer[]
  /** Today in Europe/Oslo; now by default. */
  today?: string
  /** True while a request is being answered: warming waits until none is (lowest priority). */
  busy?: () => boolean
}

export interface Warming {
  /** Resolves when every centre-year is kept (or warming was stopped), with what was warmed. */
  done: Promise<{ documents: number; ms: number }>
  stop(): void
}

const PAUSE_MS = 25

/**
 * Works out the kept statistics (cache.ts) of every centre for the recent years in the
 * background after a start, so the first national figures, and each centre's first dashboard,
 * are sums of kept documents rather than 45 centres' records read at once (issue 21 §3).
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
    const offers = options.offers ?? (['all'] as const)
    const centres = await db.selectFrom('centres').select('id').orderBy('id').execute()
    let documents = 0
    for (const year of years)
      for (const offer of offers)
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
