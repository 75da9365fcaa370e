import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { osloToday } from '@ly/forms'
import { dayVisitInput } from '../../../packages/forms/src/testing/factories'
import { signInOverHttp, startServer } from '../src/testing/server-process'
import { percentile } from './measure'

/**
 * Issue 8's load proof: 50 signed-in staff sessions against a real Ly on 127.0.0.1, each
 * registering a day visit and reading the month's list in a loop for 60 seconds. Everything it
 * sends goes to this machine only; the loop is bounded in time and stops by itself. Printed,
 * never asserted.
 */
export interface LoadResult {
  sessions: number
  seconds: number
  saves: number[]
  lists: number[]
  errors: number
}

const SESSIONS = 50
const SECONDS = 60
const PASSWORD = 'benk-passord-som-er-langt'

export async function runLoad(log: (line: string) => void): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ly-load-'))
  const server = await startServer({ LY_DB: join(dir, 'ly.sqlite') })
  try {
    const admin = await signInOverHttp(server.baseUrl, 'admin', server.adminPassword!)
    await admin('POST', '/api/auth/password', { currentPassword: server.adminPassword, newPassword: PASSWORD })
    log(`  oppretter ${SESSIONS} registrerere …`)
    const staff = []
    for (let i = 0; i < SESSIONS; i++) {
      const created = await admin('POST', '/api/users', { username: `last${i}`, role: 'staff' })
      const { temporaryPassword } = (await created.json()) as { temporaryPassword: string }
      const call = await signInOverHttp(server.baseUrl, `last${i}`, temporaryPassword)
      await call('POST', '/api/auth/password', { currentPassword: temporaryPassword, newPassword: PASSWORD })
      staff.push(call)
    }
    const today = osloToday(new Date())
    const month = Number(today.slice(5, 7))
    const result: LoadResult = { sessions: SESSIONS, seconds: SECONDS, saves: [], lists: [], errors: 0 }
    const until = performance.now() + SECONDS * 1000
    log(`  ${SESSIONS} økter registrerer og leser i ${SECONDS} s …`)
    await Promise.all(
      staff.map(async (call) => {
        while (performance.now() < until) {
          const t0 = performance.now()
          const saved = await call('POST', '/api/day-visits', dayVisitInput({ visit_date: today, first_contact_year: null, prior_contact: ['none'] })).catch(() => null)
          result.saves.push(performance.now() - t0)
          if (saved?.status !== 201) result.errors++
          await saved?.text()
          const t1 = performance.now()
          const listed = await call('GET', `/api/day-visits?year=${today.slice(0, 4)}&month=${month}`).catch(() => null)
          result.lists.push(performance.now() - t1)
          if (listed?.status !== 200) result.errors++
          await listed?.text()
        }
      }),
    )
    return result
  } finally {
    server.child.kill('SIGTERM')
    rmSync(dir, { recursive: true, force: true })
  }
}

export function describeLoad(r: LoadResult): string[] {
  const p = (xs: number[], q: number) => percentile([...xs].sort((a, b) => a - b), q).toFixed(1)
  return [
    `Last: ${r.sessions} innloggede registrerere i ${r.seconds} s mot 127.0.0.1 (ekte server, egen prosess)`,
    `  lagringer: ${r.saves.length} (p50 ${p(r.saves, 50)} ms, p95 ${p(r.saves, 95)} ms; mål p95 < 50 ms)`,
    `  lister:    ${r.lists.length} (p50 ${p(r.lists, 50)} ms, p95 ${p(r.lists, 95)} ms; mål p95 < 50 ms)`,
    `  feil:      ${r.errors} (mål 0)`,
  ]
}
