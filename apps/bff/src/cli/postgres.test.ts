import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dayVisitInput } from '@ly/forms/testing'
import { createCentreWithAdmin } from '../bootstrap'
import { copyToPostgres } from '../migrate-to-postgres/copy'
import { openSqlite } from '../db/database'
import { migrateToLatest } from '../db/migrate'

import { fillCentreWithDemo } from '../demo/fill-centre'
import { jsonl } from '../interchange/testing'
import { runLy } from '../testing/cli'
import { newPostgresTestDatabase, postgresAdminUrl } from '../testing/postgres'
import { TestClock } from '../testing/test-app'
import type { Db } from '../db/database'

/**
 * Issue 10: `pnpm ly` on PostgreSQL. A SQLite centre with a demo history is moved with
 * `migrate-to-postgres`; then stats, export and report give the same output from both
 * databases, import works on PostgreSQL, and backup says how PostgreSQL is backed up.
 */
describe.runIf(postgresAdminUrl)('pnpm ly on PostgreSQL (the real command line)', { timeout: 180_000 }, () => {
  let dir: string
  let centreId: string
  let pg: { db: Db; url: string }
  const year = 2026
  const onPg = (...args: string[]) => runLy(dir, args, { LY_DATABASE_URL: pg.url })
  const onSqlite = (...args: string[]) => runLy(dir, [...args, '--db', 'ly.sqlite'])

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ly-pg-cli-'))
    const sqlite = openSqlite(join(dir, 'ly.sqlite'))
    await migrateToLatest(sqlite)
    const clock = new TestClock(new Date('2026-11-20T10:00:00Z'))
    centreId = (await createCentreWithAdmin(sqlite, clock, 'Flyttesenteret', 'admin-flytt')).centreId
    await fillCentreWithDemo(sqlite, centreId, { years: 2, seed: 7, now: clock.now() })
    await sqlite.destroy()
    pg = await newPostgresTestDatabase(postgresAdminUrl!)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('migrate-to-postgres moves the centre and verifies counts and statistics', async () => {
    const run = onPg('migrate-to-postgres', '--from', 'ly.sqlite')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/«Flyttesenteret» .*statistikken for 2025–2026 er lik i begge databasene/)
    const stays = await pg.db
      .selectFrom('adult_stays')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('centre_id', '=', centreId)
      .executeTakeFirstOrThrow()
    expect(Number(stays.n)).toBeGreaterThan(0)
    // Sessions stay behind: everyone signs in again on the new server.
    expect(await pg.db.selectFrom('sessions').selectAll().execute()).toEqual([])
  })

  it('a copy that loses rows is caught by the verification and rolled back whole', async () => {
    const lossy = await newPostgresTestDatabase(postgresAdminUrl!)
    // A trigger that silently drops some ticked options: the kind of loss the check must catch.
    await sql
      .raw(`create function drop_some() returns trigger language plpgsql as $$ begin if new.field = 'violence_types' then return null; end if; return new; end $$`)
      .execute(lossy.db)
    await sql.raw('create trigger drop_some before insert on adult_stays_choices for each row execute function drop_some()').execute(lossy.db)
    const source = openSqlite(join(dir, 'ly.sqlite'))
    try {
      await expect(copyToPostgres(source, lossy.db, { now: new Date('2026-11-20T10:00:00Z') })).rejects.toThrow(
        /Kontrollen fant forskjell for «Flyttesenteret» i adult_stays: .*Ingenting er flyttet\./,
      )
    } finally {
      await source.destroy()
    }
    expect(await lossy.db.selectFrom('centres').selectAll().execute()).toEqual([])
  })

  it('refuses to move the same centre twice, and changes nothing', async () => {
    const before = await pg.db
      .selectFrom('day_visits')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    const run = onPg('migrate-to-postgres', '--from', 'ly.sqlite')
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/«Flyttesenteret» finnes allerede i PostgreSQL\. Ingenting er flyttet\./)
    const after = await pg.db
      .selectFrom('day_visits')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
    expect(after.n).toBe(before.n)
  })

  it('stats --json (one centre and all) and export give the same document from both databases', () => {
    for (const args of [
      ['stats', '--year', String(year), '--centre', centreId, '--json'],
      ['stats', '--year', String(year), '--centre', 'all', '--json'],
      ['export', '--year', String(year), '--centre', centreId],
    ]) {
      const a = onSqlite(...args)
      const b = onPg(...args)
      expect(b.status, b.stderr).toBe(0)
      expect(b.stdout.length).toBeGreaterThan(100)
      expect(b.stdout).toBe(a.stdout)
    }
  })

  it('report writes the same CSV from both databases', () => {
    expect(onSqlite('report', '--year', String(year), '--centre', centreId, '--format', 'csv', '--out', 'a.csv').status).toBe(0)
    expect(onPg('report', '--year', String(year), '--centre', centreId, '--format', 'csv', '--out', 'b.csv').status).toBe(0)
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe(readFileSync(join(dir, 'a.csv'), 'utf8'))
  })

  it('import loads a file into PostgreSQL', async () => {
    const { centreId: fresh } = await createCentreWithAdmin(pg.db, new TestClock(), 'Nytt senter', 'admin-nytt')
    writeFileSync(
      join(dir, 'visits.jsonl'),
      jsonl([
        { form: 'day_visit', ref: 'a', ...dayVisitInput() },
        { form: 'day_visit', ref: 'b', ...dayVisitInput() },
      ]),
    )
    const run = onPg('import', 'visits.jsonl', '--centre', fresh)
    expect(run.status, run.stderr).toBe(0)
    const stored = await pg.db
      .selectFrom('day_visits')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('centre_id', '=', fresh)
      .executeTakeFirstOrThrow()
    expect(Number(stored.n)).toBe(2)
  })

  it('create-centre refuses a name already taken, in Norwegian', () => {
    const run = onPg('create-centre', '--name', 'Flyttesenteret', '--admin', 'enda-en')
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/finnes allerede/)
  })

  it('backup and restore say how PostgreSQL is backed up, and fail', () => {
    const backup = onPg('backup', '--out', 'ly.backup')
    expect(backup.status).toBe(1)
    expect(backup.stderr).toMatch(/pg_dump/)
    expect(onPg('restore', 'ly.backup').stderr).toMatch(/pg_restore/)
  })
})
