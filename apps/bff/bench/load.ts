import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { osloToday } from '@ly/forms'
import { dayVisitInput } from '@ly/forms/testing'
import { signInOverHttp, startServer } from '../src/testing/server-process'
import { repoRoot } from './ensure-db'
import { percentile } from './measure'

/**
 * Issue 8's load proof against a real Ly on 127.0.0.1 (its own process), 50 signed-in staff
 * sessions, each registering a day visit and then reading the month's list as the SPA shows it
 * (the first page, 50 rows). Two runs, both printed:
 *
 * - Saturation first: every session fires its next request the moment the last one is answered,
 *   for SATURATION_SECONDS. Its requests per second are what the server sustains at most; its
 *   times are mostly queueing (50 requests in flight on one Node thread). It also leaves the
 *   month thousands of rows deep for the second run.
 * - The goal's model: the same 50 sessions for 60 s, each pausing THINK_MS (uniformly random)
 *   after every save and list, as a person reads and types before the next registration. That is still far
 *   busier than a centre's peak (a handful of staff, a registration every few minutes).
 *
 * Everything it sends goes to this machine only; both loops are bounded in time and stop by
 * themselves. Printed, never asserted.
 */
export interface LoadRun {
  seconds: number
  saves: number[]
  lists: number[]
  errors: number
}

export interface LoadResult {
  sessions: number
  thinkMs: readonly [number, number]
  /** With think time: the goal's model. */
  paced: LoadRun
  /** No pauses: the most the server sustains. */
  saturation: LoadRun
}

const SESSIONS = 50
const SECONDS = 60
const SATURATION_SECONDS = 20
const THINK_MS = [500, 1500] as const
const PASSWORD = 'benk-passord-som-er-langt'

type Call = Awaited<ReturnType<typeof signInOverHttp>>

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms))

async function drive(staff: Call[], seconds: number, think: readonly [number, number] | null): Promise<LoadRun> {
  const today = osloToday(new Date())
  const listUrl = `/api/day-visits?year=${today.slice(0, 4)}&month=${Number(today.slice(5, 7))}`
  const run: LoadRun = { seconds, saves: [], lists: [], errors: 0 }
  const started = performance.now()
  const until = started + seconds * 1000
  await Promise.all(
    staff.map(async (call) => {
      while (performance.now() < until) {
        const t0 = performance.now()
        const saved = await call('POST', '/api/day-visits', dayVisitInput({ visit_date: today, first_contact_year: null, prior_contact: ['none'] })).catch(() => null)
        await saved?.text()
        run.saves.push(performance.now() - t0)
        if (saved?.status !== 201) run.errors++
        // The list straight after the save, as the SPA shows it after "Lagre".
        const t1 = performance.now()
        const listed = await call('GET', listUrl).catch(() => null)
        await listed?.text()
        run.lists.push(performance.now() - t1)
        if (listed?.status !== 200) run.errors++
        if (think) await pause(think[0] + Math.random() * (think[1] - think[0]))
      }
    }),
  )
  // The last requests end after `until`: divide by the time actually taken.
  run.seconds = (performance.now() - started) / 1000
  return run
}

/** The server as production builds it (build.mjs), into the bench's own directory. */
function buildServer(): string {
  // Inside apps/bff, where the external native modules resolve (build.mjs).
  const outdir = join(repoRoot, 'apps/bff/node_modules/.cache/ly-bench-server')
  execFileSync(process.execPath, ['build.mjs', '--outdir', outdir], { cwd: join(repoRoot, 'apps/bff'), stdio: 'inherit' })
  return outdir
}

export async function runLoad(log: (line: string) => void, options: { seconds?: number; saturationSeconds?: number } = {}): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ly-load-'))
  const server = await startServer({ LY_DB: join(dir, 'ly.sqlite') }, buildServer())
  try {
    const admin = await signInOverHttp(server.baseUrl, 'admin', server.adminPassword!)
    await admin('POST', '/api/auth/password', { currentPassword: server.adminPassword, newPassword: PASSWORD })
    log(`  oppretter ${SESSIONS} registrerere …`)
    const staff: Call[] = []
    for (let i = 0; i < SESSIONS; i++) {
      const created = await admin('POST', '/api/users', { username: `last${i}`, role: 'staff' })
      const { temporaryPassword } = (await created.json()) as { temporaryPassword: string }
      const call = await signInOverHttp(server.baseUrl, `last${i}`, temporaryPassword)
      await call('POST', '/api/auth/password', { currentPassword: temporaryPassword, newPassword: PASSWORD })
      staff.push(call)
    }
    const saturationSeconds = options.saturationSeconds ?? SATURATION_SECONDS
    log(`  metning: ${SESSIONS} økter uten pause i ${saturationSeconds} s …`)
    const saturation = await drive(staff, saturationSeconds, null)
    const seconds = options.seconds ?? SECONDS
    log(`  målet: ${SESSIONS} økter med ${THINK_MS[0] / 1000}–${THINK_MS[1] / 1000} s tenketid i ${seconds} s …`)
    const paced = await drive(staff, seconds, THINK_MS)
    return { sessions: SESSIONS, thinkMs: THINK_MS, paced, saturation }
  } finally {
    server.child.kill('SIGTERM')
    rmSync(dir, { recursive: true, force: true })
  }
}

export function describeLoad(r: LoadResult): string[] {
  const p = (xs: number[], q: number) =>
    xs.length
      ? percentile(
          [...xs].sort((a, b) => a - b),
          q,
        ).toFixed(1)
      : '–'
  const perSecond = (run: LoadRun) => ((run.saves.length + run.lists.length) / run.seconds).toFixed(0)
  const { paced, saturation } = r
  const [low, high] = r.thinkMs.map((ms) => (ms / 1000).toLocaleString('nb-NO'))
  return [
    `Last: ${r.sessions} innloggede registrerere mot 127.0.0.1 (ekte server, egen prosess; lagre et dagbesøk, så lese månedens liste, første side à 50)`,
    `  Målets modell: hver økt venter ${low}–${high} s (tilfeldig) etter hver lagring med liste, i ${paced.seconds.toFixed(0)} s – ${perSecond(paced)} forespørsler/s i alt`,
    `  lagringer: ${paced.saves.length} (p50 ${p(paced.saves, 50)} ms, p95 ${p(paced.saves, 95)} ms; mål p95 < 50 ms)`,
    `  lister:    ${paced.lists.length} (p50 ${p(paced.lists, 50)} ms, p95 ${p(paced.lists, 95)} ms; mål p95 < 50 ms)`,
    `  feil:      ${paced.errors} (mål 0)`,
    `  Metning (uten pauser, ${saturation.seconds.toFixed(0)} s, før målet): ${perSecond(saturation)} forespørsler/s` +
      ` – lagring p95 ${p(saturation.saves, 95)} ms, liste p95 ${p(saturation.lists, 95)} ms (mest kø: ${r.sessions} forespørsler om gangen på én Node-tråd), feil ${saturation.errors}`,
  ]
}
