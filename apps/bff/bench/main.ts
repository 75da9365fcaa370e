import { statSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { sql } from 'kysely'
import { createApp } from '../src/app'
import { hashPassword } from '../src/auth/password'
import { systemClock } from '../src/clock'
import { openSqlite, type Db } from '../src/db/database'
import { insertUser } from '../src/db/users'
import { defaultConfig } from '../src/deps'
import { nationalStatistics } from '../src/statistics/cache'
import { startWarming } from '../src/statistics/warm'
import { computeStatistics } from '../src/statistics/engine'
import { TestSession } from '../src/testing/test-app'
import { ensureNationalDb } from './ensure-db'
import type { BenchCentre, NationalMeta } from './national-db'
import { openBenchPostgres } from './postgres'
import { floorQuery, time, type Timing } from './measure'
import { describeLoad, runLoad } from './load'
import { measureSpa } from './spa-size'

/**
 * `pnpm bench`: server time of the statistics over a synthetic national database, each beside
 * the time of one plain GROUP BY over the same rows, and the SPA's gzipped JavaScript. Goals are
 * printed for orientation only; no test ever asserts a time.
 */
const log = (line: string) => process.stdout.write(`${line}\n`)
const nf = (n: number) => n.toLocaleString('nb-NO')

interface Row {
  name: string
  how: string
  timing: Timing
  /** Milliseconds; null for a figure printed for comparison only. */
  goal: number | null
  floor: Timing
}

/** A signed-in leader of the measured centre, so the dashboard is timed through the real endpoint. */
async function leaderSession(db: Db, centreId: string) {
  const username = 'benk-leder'
  const password = 'benk-passord-som-er-langt'
  const passwordHash = await hashPassword(password)
  const existing = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()
  // Audit rows of earlier runs refer to the user, so an earlier run's user is reused, not replaced.
  if (existing)
    await db
      .updateTable('users')
      .set({ centre_id: centreId, role: 'leader', password_hash: passwordHash, must_change_password: 0, active: 1 })
      .where('id', '=', existing.id)
      .execute()
  else await insertUser(db, { centreId, username, role: 'leader', passwordHash, mustChangePassword: false }, new Date())
  const app = createApp({ db, clock: systemClock, logger: { info: () => {}, error: () => {} }, config: defaultConfig })
  const session = new TestSession(app)
  if ((await session.signIn(username, password)).status !== 200) throw new Error('Benk: innlogging feilet')
  return session
}

/** Times an endpoint when it exists; otherwise the engine calls it would make, and says so. */
async function endpointOr(session: TestSession, path: string, fallback: { how: string; run: () => Promise<unknown> }) {
  const probe = await session.request('GET', path)
  if (probe.status !== 200) return fallback
  return {
    how: `GET ${path.split('?')[0]} (hele serverbehandlingen)`,
    run: async () => {
      const res = await session.request('GET', path)
      await res.text()
    },
  }
}

/** How long warming took, per database, printed beside the tables. */
const warmingNotes: string[] = []

/** The three statistics figures of issue 6, each beside the GROUP BY floor, on one database. */
async function measureFigures(db: Db, meta: NationalMeta, centre: BenchCentre, label: string): Promise<Row[]> {
  const year = meta.years.at(-1)!
  const session = await leaderSession(db, centre.id)
  const dashboard = await endpointOr(session, `/api/statistics/dashboard?year=${year}&offer=all`, {
    how: 'computeStatistics (endepunktet finnes ikke ennå)',
    run: () => computeStatistics(db, { centreId: centre.id, year, offer: 'all' }),
  })
  const trend = await endpointOr(session, '/api/statistics/trend?offer=all', {
    how: `computeStatistics × ${meta.years.length} (trendfunksjonen finnes ikke ennå)`,
    run: async () => {
      for (const y of meta.years) await computeStatistics(db, { centreId: centre.id, year: y, offer: 'all' })
    },
  })
  const rows: Row[] = []
  const measure = async (
    name: string,
    how: string,
    run: () => Promise<unknown>,
    goal: number | null,
    floor: () => Promise<unknown>,
    budgetMs: number,
    before?: () => Promise<unknown>,
  ) => {
    log(`Måler (${label}): ${name} …`)
    rows.push({ name, how, timing: await time(run, { budgetMs, maxRuns: 30, before }), goal, floor: await time(floor, { budgetMs: 10_000, maxRuns: 30 }) })
  }
  // Kept figures (decisions 0016, 0058) last until a centre's registrations of their year change.
  // What a leader waits for is the first request after a write, so the goals are measured right
  // after one: a write to one of the centre's day visits of the measured year (every centre's,
  // with `null`), which the database's triggers count as a registration of that year does.
  const wrote = (centreId: string | null) => () =>
    sql`update day_visits set visit_date = visit_date where id in (select min(id) from day_visits where visit_date >= ${`${year}-01-01`} and visit_date < ${`${year + 1}-01-01`}${
      centreId === null ? sql`` : sql` and centre_id = ${centreId}`
    } group by centre_id)`.execute(db)
  let next = 0
  const anotherCentre = () => wrote(meta.centres[next++ % meta.centres.length]!.id)()
  const dashboardFloor = floorQuery(db, centre.id, year - 1, year + 1)
  const nationalFloor = floorQuery(db, 'all', year, year + 1)
  const national = () => nationalStatistics(db, { year, offer: 'all' })
  await measure(`Dashbord, ett senter, ${year}, rett etter en registrering`, dashboard.how, dashboard.run, 25, dashboardFloor, 20_000, wrote(centre.id))
  // Issue 21: a centre's statistics for a tertial, right after a registration.
  const periodPath = `/api/statistics?period=${year}-T2&offer=all`
  await measure(
    `Periodestatistikk, ett senter, ${year}-T2, rett etter en registrering`,
    `GET /api/statistics?period= (hele serverbehandlingen)`,
    async () => {
      const res = await session.request('GET', periodPath)
      await res.text()
    },
    50,
    floorQuery(db, centre.id, year, year + 1),
    20_000,
    wrote(centre.id),
  )
  await measure(`Dashbord, ett senter, ${year}, uendret`, `${dashboard.how}, tallene holdt`, dashboard.run, null, dashboardFloor, 10_000)
  await measure(
    `Nasjonale tall ${year}, ett senter har registrert`,
    'nationalStatistics: ett senter regnet ut (på omgang), 44 holdt, lagt sammen',
    national,
    150,
    nationalFloor,
    30_000,
    anotherCentre,
  )
  await measure(`Nasjonale tall ${year}, kaldt`, 'nationalStatistics: alle 45 sentre regnet ut (som etter omstart)', national, null, nationalFloor, 60_000, wrote(null))
  // Issue 21 §3: after a restart (every version bumped), the background warming of the kept
  // statistics runs first; the first national request then only adds them up.
  const warmings: number[] = []
  await measure(
    `Nasjonale tall ${year}, kaldt, etter oppvarming`,
    'nationalStatistics rett etter startWarming (alle 45 sentre varmet i bakgrunnen)',
    national,
    150,
    nationalFloor,
    60_000,
    async () => {
      await wrote(null)()
      // Offer `all` only: what the national figures add up (the server goes on to women's and men's, decision 0057).
      warmings.push((await startWarming(db, { years: [year], offers: ['all'] }).done).ms)
    },
  )
  const sorted = [...warmings].sort((a, b) => a - b)
  warmingNotes.push(`${label}: oppvarming ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms (median av ${sorted.length}) for ${meta.centres.length} sentre × 1 år`)
  await measure(`Nasjonale tall ${year}, uendret`, 'nationalStatistics: 45 holdt, lagt sammen', national, null, nationalFloor, 10_000)
  await measure(`Trend ${meta.years.length} år, ett senter`, trend.how, trend.run, 300, floorQuery(db, centre.id, meta.years[0]!, year + 1), 30_000)
  return rows
}

/** Issue 10: the same figures on PostgreSQL, or why they could not be measured. */
async function measurePostgres(file: string, meta: NationalMeta, centre: BenchCentre): Promise<{ rows: Row[]; version: string } | { skipped: string }> {
  if (process.env.LY_BENCH_POSTGRES === '0') return { skipped: 'LY_BENCH_POSTGRES=0' }
  try {
    const pg = await openBenchPostgres(file, log)
    try {
      return { rows: await measureFigures(pg.db, meta, centre, 'PostgreSQL'), version: pg.version }
    } finally {
      await pg.stop()
    }
  } catch (err) {
    return { skipped: err instanceof Error ? err.message : String(err) }
  }
}

const ms = (n: number) => n.toFixed(1)

/** The figures as a table; beside SQLite's figures (`than`), PostgreSQL's with their ratio. */
function printTable(rows: Row[], than?: Row[]) {
  const head = ['Måling', 'Kjøringer', 'p50 ms', 'p95 ms', 'Mål ms', 'Gulv p95 ms', 'p95 / gulv', ...(than ? ['mot SQLite'] : []), 'Hva som måles']
  const table = [
    head,
    ...rows.map((r, i) => [
      r.name,
      String(r.timing.runs),
      ms(r.timing.p50),
      ms(r.timing.p95),
      r.goal === null ? '–' : `< ${r.goal}`,
      ms(r.floor.p95),
      `${(r.timing.p95 / r.floor.p95).toFixed(1)} ×`,
      ...(than ? [`${(r.timing.p95 / than[i]!.timing.p95).toFixed(2)} ×`] : []),
      r.how,
    ]),
  ]
  const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)))
  log('')
  for (const [i, row] of table.entries()) {
    log(row.map((cell, j) => (j === 0 || j === row.length - 1 ? cell.padEnd(widths[j]!) : cell.padStart(widths[j]!))).join('  '))
    if (i === 0) log(widths.map((w) => '-'.repeat(w)).join('  '))
  }
}

async function main() {
  const started = performance.now()
  const cpu = cpus()
  log('Ly benk – tidene er til orientering; målene kontrolleres ikke, og ingen test sjekker tider.')
  log(`Maskin: ${cpu.length} kjerner (${cpu[0]?.model.trim() ?? 'ukjent'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB minne, Node ${process.version}`)

  const { file, meta, reused } = await ensureNationalDb(log)
  const db = openSqlite(file)
  const version = (await sql<{ v: string }>`select sqlite_version() as v`.execute(db)).rows[0]?.v
  const year = meta.years.at(-1)!
  const bySize = [...meta.centres].sort((a, b) => a.factor - b.factor)
  const centre = bySize[Math.floor(bySize.length / 2)]!
  log(
    `Database: ${meta.centres.length} sentre × ${meta.years.length} år (${meta.years[0]}–${year}), ${nf(meta.records)} registreringer, ${nf(meta.choiceRows)} avkrysninger, ${(statSync(file).size / 2 ** 20).toFixed(0)} MB, SQLite ${version}`,
  )
  log(`  ${reused ? 'gjenbrukt fra' : `bygget på ${meta.buildSeconds.toFixed(0)} s i`} ${file}`)
  log(`Målt senter: ${centre.name} (middels stort, ${centre.factor.toFixed(2)} × snittet)\n`)

  const rows = await measureFigures(db, meta, centre, 'SQLite')
  const spa = measureSpa(log)
  await db.destroy()
  const postgres = await measurePostgres(file, meta, centre)
  // The tables before the load phase, so a failure there does not take the minutes above with it.
  printTable(rows)
  if ('skipped' in postgres) log(`\nPostgreSQL: ikke målt (${postgres.skipped}).`)
  else {
    log(`\nPostgreSQL ${postgres.version}, samme data (Ly som egen rolle, radnivåsikkerhet på):`)
    printTable(postgres.rows, rows)
  }
  for (const note of warmingNotes) log(`Oppvarming (issue 21): ${note}.`)
  log('Gulv: én enkel SELECT … GROUP BY skjema, år, tilbud over de samme registreringsradene (uten svar og avkrysninger).')
  log('\nMåler: last (issue 8) …')
  const load = await runLoad(log)
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
  log(`\nSPA (${spa.fresh ? 'bygget nå' : 'eksisterende bygg'}, ${spa.dist}):`)
  log(`  Første JavaScript (gzip): ${spa.initial ? `${kb(spa.initial.gzip)} (mål ≤ 180 KB) – ${spa.initial.files.join(', ')}` : 'ikke bygget'}`)
  log(
    `  Dashbord-chunk (gzip):    ${spa.dashboard ? `${kb(spa.dashboard.gzip)} – ${spa.dashboard.files.join(', ')}` : 'not built yet (ingen lat lastet chunk med «dashboard» i navnet)'}`,
  )
  log('')
  for (const line of describeLoad(load)) log(line)
  log(`\nFerdig på ${((performance.now() - started) / 1000).toFixed(0)} s.`)
}

main().catch((err: unknown) => {
  process.stderr.write(`Benken feilet: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exitCode = 1
})
