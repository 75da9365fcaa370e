import { parentPort, workerData } from 'node:worker_threads'
import { generateYear } from '../src/demo/generate-year'
import { Random } from '../src/demo/random'
import { toTableRows, type TableRows } from '../src/demo/rows'

/** What the main thread sends: one year for this worker's share of the centres. */
export interface YearJob {
  year: number
  centres: { index: number; id: string; factor: number }[]
}

export interface YearResult {
  tables: TableRows[]
  records: number
}

export interface WorkerSetup {
  entry: string
  seed: number
  centresTotal: number
  today: string
  now: string
}

/**
 * Generates the national database's records for some of the centres, a year at a time, on its
 * own core. Each centre has its own random stream, so the result does not depend on how many
 * workers share the centres.
 */
const setup = workerData as WorkerSetup
const rng = new Random(`ly-national/${setup.seed}`)
const codes = new Map<number, Set<string>>()

parentPort!.on('message', (job: YearJob) => {
  let records = 0
  const tables = job.centres.flatMap((centre) => {
    if (!codes.has(centre.index)) codes.set(centre.index, new Set())
    const generated = generateYear({
      year: job.year,
      today: setup.today,
      now: new Date(setup.now),
      count: (_form, volume) => (volume.national / setup.centresTotal) * centre.factor,
      rng: rng.fork(`centre-${centre.index}`).fork(job.year),
      ids: rng.fork(`ids-${centre.index}`).fork(job.year),
      codes: codes.get(centre.index)!,
    })
    records += generated.length
    return toTableRows(centre.id, generated)
  })
  parentPort!.postMessage({ tables, records } satisfies YearResult)
})
