import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import type { Db } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { openPostgres } from '../db/postgres'

/**
 * The BFF's tests on a real PostgreSQL server (issue 10). `scripts/test.sh` starts one on
 * 127.0.0.1 and sets LY_TEST_POSTGRES_URL to a superuser connection, used only to create Ly's
 * role and databases; Ly itself connects as `ly_app`, a plain role, so row-level security binds
 * it as it would in production. Each test gets its own database, copied from a migrated template.
 */
// Only the bff-postgres project sets LY_TEST_DB; the SQLite project ignores the server.
export const postgresAdminUrl = process.env.LY_TEST_DB === 'postgres' ? process.env.LY_TEST_POSTGRES_URL || undefined : undefined
export const APP_ROLE = 'ly_app'

declare module 'vitest' {
  export interface ProvidedContext {
    /** This run's name on the test server (postgres-global-setup.ts): its template is `templateName(postgresRun)`. */
    postgresRun: string
  }
}

/**
 * The migrated template of this run: named per run, so two runs on one server (engineers side by
 * side, or a run beside CI) never drop or copy each other's template halfway.
 */
export const templateName = (run: string) => `ly_template_${run}`

export function databaseUrl(adminUrl: string, database: string, user = APP_ROLE): string {
  const url = new URL(adminUrl)
  url.username = user
  url.password = ''
  url.pathname = `/${database}`
  return url.toString()
}

export async function withAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** Ly's role: a plain login, neither superuser nor BYPASSRLS, so row-level security binds it. */
export async function ensureAppRole(admin: pg.Client): Promise<void> {
  const role = await admin.query('select 1 from pg_roles where rolname = $1', [APP_ROLE])
  if (role.rowCount === 0) await admin.query(`create role ${APP_ROLE} login nosuperuser nobypassrls`)
}

/** Once per test run (vitest globalSetup): the app role and the migrated template database. */
export async function preparePostgresTemplate(adminUrl: string, template: string): Promise<void> {
  await withAdmin(adminUrl, async (admin) => {
    await ensureAppRole(admin)
    // C collation: text compares byte by byte, as on SQLite.
    await admin.query(`create database ${template} owner ${APP_ROLE} template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`)
  })
  const db = await openPostgres(databaseUrl(adminUrl, template))
  try {
    await migrateToLatest(db)
  } finally {
    await db.destroy()
  }
}

export async function dropPostgresTemplate(adminUrl: string, template: string): Promise<void> {
  await withAdmin(adminUrl, (admin) => admin.query(`drop database if exists ${template} with (force)`))
}

/**
 * How a test database is copied. PostgreSQL 15's default, WAL_LOG, writes every page of the copy
 * to the write-ahead log; FILE_COPY copies the files after a checkpoint, which on the test server
 * (fsync off) costs next to nothing: 25 ms a database against 35–190 ms, for each of about 600
 * tests. Servers before 15 know only the file copy, and no STRATEGY clause.
 */
async function copyStrategy(admin: pg.Client): Promise<string> {
  const { rows } = await admin.query<{ server_version_num: string }>('show server_version_num')
  return Number(rows[0]?.server_version_num) >= 150000 ? ' strategy file_copy' : ''
}

const created: { name: string; db: Db }[] = []

/** A fresh, migrated database of its own, as `ly_app`, with its URL (for a spawned command). */
let strategy: Promise<string> | undefined

export async function newPostgresTestDatabase(adminUrl: string): Promise<{ db: Db; url: string }> {
  const name = `ly_test_${randomBytes(8).toString('hex')}`
  const template = templateName(inject('postgresRun'))
  await withAdmin(adminUrl, async (admin) => {
    strategy ??= copyStrategy(admin)
    await admin.query(`create database ${name} template ${template} owner ${APP_ROLE}${await strategy}`)
  })
  const url = databaseUrl(adminUrl, name)
  // Small pools that close idle connections: a test file may create dozens of databases.
  const db = await openPostgres(url, { max: 4, idleTimeoutMillis: 1000 })
  created.push({ name, db })
  return { db, url }
}

export const createPostgresTestDb = async (adminUrl: string): Promise<Db> => (await newPostgresTestDatabase(adminUrl)).db

/** After each test file: close and drop every database it made. */
export async function dropPostgresTestDbs(adminUrl: string): Promise<void> {
  const done = created.splice(0)
  for (const { db } of done) await db.destroy()
  if (done.length === 0) return
  await withAdmin(adminUrl, async (admin) => {
    // Not `with (force)`: the pools' connections are still closing, and forcing them would hit
    // them with an error mid-goodbye. PostgreSQL waits a few seconds for them to go by itself.
    for (const { name } of done) await admin.query(`drop database if exists ${name}`)
  })
}
