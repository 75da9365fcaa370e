import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { openSqlite, readDatabaseUrl, type Db } from '../db/database'
import { openPostgres } from '../db/postgres'
import { migrateToLatest } from '../db/migrate'

/** An error whose message is for the person at the terminal (Norwegian, no stack trace). */
export class CliError extends Error {}

/**
 * Paths are resolved from the directory the user ran pnpm in (INIT_CWD), not from the folder
 * pnpm switches to.
 */
export const resolvePath = (p: string) => resolve(process.env.INIT_CWD ?? process.cwd(), p)

/** The database file named by --db, LY_DB or the default ./data/ly.sqlite. */
export const cliDbPath = (path: string | undefined) => resolvePath(path ?? process.env.LY_DB ?? './data/ly.sqlite')

/** PostgreSQL when LY_DATABASE_URL is set, unless --db names a SQLite file for this one command. */
export const cliDatabaseUrl = (path: string | undefined) => (path ? undefined : readDatabaseUrl(process.env.LY_DATABASE_URL))

/**
 * Opens (and migrates) the database: PostgreSQL by LY_DATABASE_URL, else the SQLite file named
 * by --db, LY_DB or the default ./data/ly.sqlite. The command line is the operator's own work:
 * it runs outside any request, so row-level security lets it see every centre (db/scope.ts).
 */
export async function openCliDb(path: string | undefined): Promise<Db> {
  const url = cliDatabaseUrl(path)
  if (url) {
    const db = await openPostgres(url)
    await migrateToLatest(db)
    return db
  }
  const file = cliDbPath(path)
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 })
  const db = openSqlite(file, process.env.LY_DB_KEY ? { key: process.env.LY_DB_KEY } : {})
  await migrateToLatest(db)
  return db
}

export async function withDb<T>(path: string | undefined, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await openCliDb(path)
  try {
    return await fn(db)
  } finally {
    await db.destroy()
  }
}

/** Checks that a centre id exists, so a typo is not mistaken for an empty centre. */
export async function requireCentre(db: Db, id: string | undefined) {
  if (!id) throw new CliError('Mangler --centre ID (se `pnpm ly list-centres`).')
  const centre = await db.selectFrom('centres').selectAll().where('id', '=', id).executeTakeFirst()
  if (!centre) throw new CliError(`Fant ikke senteret med id ${id} (se \`pnpm ly list-centres\`).`)
  return centre
}

export function parseYear(raw: string | undefined): number {
  const year = Number(raw)
  if (!raw || !Number.isInteger(year) || year < 1990 || year > 2100) throw new CliError('Mangler eller ugyldig --year ÅÅÅÅ.')
  return year
}
