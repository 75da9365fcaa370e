import { LRUCache } from 'lru-cache'
import { osloToday } from '@ly/forms'
import type { Db } from '../db/database'
import { getCentreSettings } from '../db/centre-settings'
import { readStatisticsYearVersions } from '../db/statistics-versions'
import { asOfFor } from '../statistics/stays'
import { checkRelease, type CheckedRelease } from './checked-release'

/**
 * A year's release (checked-release.ts) is four reports' tables and the national tables,
 * suppressed together: every download of the year, a tertial or the national files needs all of
 * it. It is worked out once and kept per centre-year (decision 0057) under what its counts are
 * made of:
 * - the centre's statistics version of the year (decision 0058), which the database's triggers
 *   move on every write that the year's statistics, or an earlier year's, read — a registration,
 *   change, withdrawal, delete, import or retention, by any writer (the same version the kept
 *   statistics use, statistics/cache.ts). The report's series are the year and the years before
 *   it, so a registration in a later year keeps the release. Read before the counts, so a write
 *   that lands meanwhile makes the kept release older than its version says, never newer;
 * - the suppression threshold, and the centre's own option lists (their rows are never deleted,
 *   so their number and summed versions move on every change);
 * - the day open stays are counted to (the year's end for a past year).
 * What a report shows besides its counts — the centre's name, the leader's commentary, the year
 * lock and its «endret etter låsing» note — is read again for every download (release.ts), so a
 * lock, a reopening or a comment needs no new release.
 */
interface Kept {
  inputs: string
  release: Promise<CheckedRelease>
}

/**
 * A release holds the tables of five reports' worth of years and their equations: a few hundred
 * KB for a large centre. The record file, once asked for, adds about one line per consenting
 * record. 32 releases are every centre of a small region's year at once, or one centre's years.
 */
const KEPT_RELEASES = 32

const caches = new WeakMap<Db, { kept: LRUCache<string, Kept>; checks: number }>()

function cacheFor(db: Db) {
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = { kept: new LRUCache<string, Kept>({ max: KEPT_RELEASES }), checks: 0 }))
  return cache
}

async function optionsVersion(db: Db, centreId: string): Promise<string> {
  const row = await db
    .selectFrom('centre_options')
    .select((eb) => [eb.fn.countAll().as('rows'), eb.fn.sum('version').as('versions')])
    .where('centre_id', '=', centreId)
    .executeTakeFirst()
  return `${Number(row?.rows ?? 0)}.${Number(row?.versions ?? 0)}`
}

/** The year's release for the centre, as kept while nothing it is made of has changed. */
export async function keptRelease(db: Db, centreId: string, year: number, today = osloToday(new Date())): Promise<CheckedRelease> {
  const version = (await readStatisticsYearVersions(db, year, centreId)).get(centreId) ?? 0
  const { suppressionThreshold } = await getCentreSettings(db, centreId)
  const inputs = `${version} ${suppressionThreshold} ${await optionsVersion(db, centreId)}`
  const key = `${centreId} ${year} ${asOfFor(year, today)}`
  const cache = cacheFor(db)
  const hit = cache.kept.get(key)
  if (hit && hit.inputs === inputs) return hit.release
  cache.checks++
  const release = checkRelease(db, centreId, year, suppressionThreshold, today)
  cache.kept.set(key, { inputs, release })
  // A failed check is not kept: the next download tries again.
  release.catch(() => {
    if (cache.kept.get(key)?.release === release) cache.kept.delete(key)
  })
  return release
}

/** How many releases have been worked out (not taken from the kept ones) on this database: what the tests watch. */
export const releaseChecks = (db: Db): number => cacheFor(db).checks
