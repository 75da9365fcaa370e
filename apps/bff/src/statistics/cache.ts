import { LRUCache } from 'lru-cache'
import { osloToday } from '@ly/forms'
import type { Db } from '../db/database'
import { readStatisticsYearVersions } from '../db/statistics-versions'
import { computeStatistics } from './engine'
import { periodOf, type Scope } from './load'
import { mergeDocuments } from './merge'
import type { Period } from './period'
import { asOfPeriod } from './stays'
import type { Offer, StatsDocument } from './types'

/**
 * One centre's statistics for a year are worked out once and kept until the centre's
 * registrations of that year change (decisions 0016 and 0058). "Change" is the centre-year's
 * data version, which the database's own triggers move on every write to a registration,
 * ticked option, outgoing-call count or annual form that the year's statistics read — whoever
 * writes: this server, another one on the same PostgreSQL, `pnpm ly import`, retention — and
 * leave as it is for writes to other years: a registration this year keeps last year's figures
 * (the dashboard's «samme periode i fjor»). The version is read before the records, so a write
 * that lands in between makes the kept figures older than their version says, never newer:
 * they are worked out again next time. Open stays count nights up to today, so the key holds
 * the date they were counted to.
 */
interface Kept {
  version: number
  doc: Promise<StatsDocument>
}

/**
 * A centre-year's document takes about 80 KB of memory (measured on the bench database), so 500
 * of them stay near 40 MB: every year of a centre and offer many times over, or the national
 * figures of 11 years (45 centres each).
 */
export const KEPT_DOCUMENTS = 500

const caches = new WeakMap<Db, LRUCache<string, Kept>>()

function cacheFor(db: Db): LRUCache<string, Kept> {
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new LRUCache<string, Kept>({ max: KEPT_DOCUMENTS })))
  return cache
}

export interface YearScope {
  year: number
  /** A part of the year (decision 0026); the whole year when absent. */
  period?: Period
  offer: Offer
  /** Today in Europe/Oslo (YYYY-MM-DD); now by default. */
  today?: string
}

// The period is in the key (decision 0026): a tertial and its year are different documents.
function keyOf(scope: Scope & { centreId: string; today: string }) {
  const period = periodOf(scope)
  return `${scope.centreId} ${period.from} ${period.to} ${scope.offer} ${asOfPeriod(period, scope.today)}`
}

function kept(db: Db, scope: Scope & { centreId: string; today: string }, version: number): Promise<StatsDocument> {
  const cache = cacheFor(db)
  const key = keyOf(scope)
  const hit = cache.get(key)
  if (hit && hit.version === version) return hit.doc
  const doc = computeStatistics(db, scope).then(deepFreeze)
  cache.set(key, { version, doc })
  // A failed computation is not kept: the next request tries again.
  doc.catch(() => {
    if (cache.get(key)?.doc === doc) cache.delete(key)
  })
  return doc
}

/** Kept documents are shared: a caller that tried to change one would throw, not corrupt the next answer. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

/** Whether the centre's statistics for the scope are kept at its current data version: the next request computes nothing. */
export async function isKept(db: Db, centreId: string, scope: YearScope): Promise<boolean> {
  const today = scope.today ?? osloToday(new Date())
  const version = (await readStatisticsYearVersions(db, scope.year, centreId)).get(centreId) ?? 0
  return cacheFor(db).peek(keyOf({ ...scope, centreId, today }))?.version === version
}

/** One centre's statistics for the year (computeStatistics), kept while its registrations stay unchanged. */
export async function centreStatistics(db: Db, centreId: string, scope: YearScope): Promise<StatsDocument> {
  const today = scope.today ?? osloToday(new Date())
  const version = (await readStatisticsYearVersions(db, scope.year, centreId)).get(centreId) ?? 0
  return kept(db, { ...scope, centreId, today }, version)
}

/**
 * The national figures: every centre in the database, each centre's statistics as kept (or
 * worked out, one centre at a time so a cold start holds one centre's records at once), added up.
 * The same document as computeStatistics over all centres' records at once, `centre: 'all'`.
 */
export async function nationalStatistics(db: Db, scope: YearScope): Promise<StatsDocument> {
  const today = scope.today ?? osloToday(new Date())
  const versions = await readStatisticsYearVersions(db, scope.year)
  const centres = await db.selectFrom('centres').select('id').orderBy('id').execute()
  if (centres.length === 0) return computeStatistics(db, { ...scope, centreId: 'all', today })
  const docs: StatsDocument[] = []
  for (const { id } of centres) docs.push(await kept(db, { ...scope, centreId: id, today }, versions.get(id) ?? 0))
  return mergeDocuments(docs, { year: scope.year, centre: 'all', offer: scope.offer, period: docs[0]?.period })
}
