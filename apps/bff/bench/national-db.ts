import SQLite from 'better-sqlite3'
import { rmSync, renameSync } from 'node:fs'
import { cpus } from 'node:os'
import { Worker } from 'node:worker_threads'
import { Kysely, SqliteDialect } from 'kysely'
import { osloToday } from '@ly/forms'
import type { Database } from '../src/db/database'
import { migrateToLatest } from '../src/db/migrate'
import { Random } from '../src/demo/random'
import { writeRowsSync } from '../src/demo/write'
import type { WorkerSetup, YearJob, YearResult } from './national-worker'

/**
 * A synthetic national database: 45 centres × 20 years at national volumes (S3, S0: about
 * 2 000 adults, 1 400 children, 8 000 day visits and 9 000 phone conversations a year), made
 * by the same generic generator as `pnpm ly demo`. Every record passes its form's schema.
 */
export interface NationalOptions {
  file: string
  centres: number
  years: number
  seed: number
  now: Date
  /** Progress lines (one per year). */
  log?: (line: string) => void
}

export interface BenchCentre {
  id: string
  name: string
  /** Size relative to the average centre. */
  factor: number
}

export interface NationalMeta {
  centres: BenchCentre[]
  years: number[]
  records: number
  choiceRows: number
  buildSeconds: number
}

/** Centre sizes vary a lot (S3:887-891: small ≤5, large ≥10 årsverk): log-normal, mean 1. */
function centreSizes(rng: Random, n: number): number[] {
  const raw = Array.from({ length: n }, () => rng.logNormal(1, 0.6))
  const mean = raw.reduce((a, b) => a + b, 0) / n
  return raw.map((x) => x / mean)
}

export async function buildNationalDb(options: NationalOptions): Promise<NationalMeta> {
  const started = performance.now()
  const tmp = `${options.file}.building`
  rmSync(tmp, { force: true })
  const sqlite = new SQLite(tmp)
  // A throw-away file written once: no journal, no fsync. The finished file is renamed into
  // place, so an interrupted build is never mistaken for a complete one.
  sqlite.pragma('journal_mode = OFF')
  sqlite.pragma('synchronous = OFF')
  sqlite.pragma('cache_size = -200000')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  await migrateToLatest(db)

  const rng = new Random(`ly-national/${options.seed}`)
  const sizes = centreSizes(rng.fork('sizes'), options.centres)
  const at = options.now.toISOString()
  const centres = sizes.map((factor, i): BenchCentre => ({ id: rng.fork('ids').fork(i).uuid(), name: `Benkesenter ${String(i + 1).padStart(2, '0')}`, factor }))
  const insertCentre = sqlite.prepare('insert into centres (id, name, created_at, demo_data) values (?, ?, ?, 1)')
  for (const c of centres) insertCentre.run(c.id, c.name, at)

  const today = osloToday(options.now)
  const last = Number(today.slice(0, 4)) - 1
  const years = Array.from({ length: options.years }, (_, i) => last - options.years + 1 + i)
  // One generating worker per core, each with a fixed share of the centres; this thread writes.
  const setup: Omit<WorkerSetup, 'entry'> = { seed: options.seed, centresTotal: options.centres, today, now: options.now.toISOString() }
  const count = Math.max(1, Math.min(2, cpus().length))
  const workers = Array.from({ length: count }, (_, w) => ({
    worker: startWorker(setup),
    share: centres.map((c, index) => ({ index, id: c.id, factor: c.factor })).filter((c) => c.index % count === w),
  }))
  const generate = (year: number) => Promise.all(workers.map(({ worker, share }) => worker.run({ year, centres: share })))
  let records = 0
  let choiceRows = 0
  try {
    let next = generate(years[0]!)
    for (const [k, year] of years.entries()) {
      const t0 = performance.now()
      const results = await next
      // The workers make the next year while this one is written.
      if (k + 1 < years.length) next = generate(years[k + 1]!)
      const tables = results.flatMap((r) => r.tables)
      // Records before choices, as the foreign keys would want.
      const ordered = [...tables.filter((t) => !t.table.endsWith('_choices')), ...tables.filter((t) => t.table.endsWith('_choices'))]
      sqlite.transaction(() => writeRowsSync(sqlite, ordered))()
      records += results.reduce((n, r) => n + r.records, 0)
      choiceRows += ordered.filter((t) => t.table.endsWith('_choices')).reduce((n, t) => n + t.rows.length, 0)
      options.log?.(`  ${year}: ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    }
  } finally {
    await Promise.all(workers.map(({ worker }) => worker.stop()))
  }

  const meta: NationalMeta = { centres, years, records, choiceRows, buildSeconds: (performance.now() - started) / 1000 }
  sqlite.exec('create table bench_meta (value text not null)')
  sqlite.prepare('insert into bench_meta (value) values (?)').run(JSON.stringify(meta))
  await db.destroy()
  renameSync(tmp, options.file)
  return meta
}

/** A generating worker (national-worker.ts, started through worker-boot.mjs so tsx loads it). */
function startWorker(setup: Omit<WorkerSetup, 'entry'>) {
  const entry = new URL('./national-worker.ts', import.meta.url).href
  const worker = new Worker(new URL('./worker-boot.mjs', import.meta.url), { workerData: { ...setup, entry } satisfies WorkerSetup })
  return {
    /** One job at a time: the next is sent only after this one's result came back. */
    run: (job: YearJob) =>
      new Promise<YearResult>((resolve, reject) => {
        const onError = (err: Error) => {
          worker.off('message', onMessage)
          reject(err)
        }
        const onMessage = (result: YearResult) => {
          worker.off('error', onError)
          resolve(result)
        }
        worker.once('message', onMessage)
        worker.once('error', onError)
        worker.postMessage(job)
      }),
    stop: () => worker.terminate(),
  }
}

export function readNationalMeta(sqlite: SQLite.Database): NationalMeta {
  const row = sqlite.prepare('select value from bench_meta').get() as { value: string }
  return JSON.parse(row.value) as NationalMeta
}
