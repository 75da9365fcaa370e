import { execFileSync } from 'node:child_process'
import { basename, join } from 'node:path'
import { sql } from 'kysely'
import { copyToPostgres } from '../src/migrate-to-postgres/copy'
import { openSqlite, type Db } from '../src/db/database'
import { migrateToLatest } from '../src/db/migrate'
import { openPostgres } from '../src/db/postgres'
import { APP_ROLE, databaseUrl, ensureAppRole, withAdmin } from '../src/testing/postgres'
import { benchDir, repoRoot } from './ensure-db'

/**
 * The national database once more on PostgreSQL, for issue 10's side-by-side figures. The server
 * is LY_BENCH_POSTGRES_URL (a superuser connection, used only to create Ly's role and database),
 * or else a throwaway one that scripts/test-postgres.sh starts and keeps in the bench folder, so
 * the copy — minutes for four million rows — is made once per national database. Ly connects as
 * its own plain role, so row-level security is in force as in production.
 */
export interface BenchPostgres {
  db: Db
  version: string
  stop: () => Promise<void>
}

function startServer(dir: string, log: (line: string) => void): { adminUrl: string; stop: () => void } {
  const script = join(repoRoot, 'scripts/test-postgres.sh')
  // Memory as a server for a national service would be given it (the defaults are for a laptop).
  const env = { ...process.env, LY_PG_KEEP: '1', LY_PG_OPTIONS: '-c shared_buffers=2GB -c effective_cache_size=8GB -c work_mem=64MB' }
  const out = execFileSync('bash', ['-c', `source "${script}" && start_test_postgres "$1" >&2 && echo "$LY_TEST_POSTGRES_URL"`, 'bench', dir], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  log(`  PostgreSQL-server for benken i ${dir}`)
  return {
    adminUrl: out.trim().split('\n').at(-1)!,
    stop: () => execFileSync('bash', ['-c', `source "${script}" && stop_test_postgres "$1"`, 'bench', dir], { env, stdio: 'ignore' }),
  }
}

export async function openBenchPostgres(sqliteFile: string, log: (line: string) => void): Promise<BenchPostgres> {
  const server = process.env.LY_BENCH_POSTGRES_URL ? { adminUrl: process.env.LY_BENCH_POSTGRES_URL, stop: () => {} } : startServer(join(benchDir(), 'postgres'), log)
  try {
    // The SQLite file's name carries its fingerprint: a new national database means a new copy.
    const name = `ly_${basename(sqliteFile, '.sqlite')
      .replace(/[^a-z0-9]/gi, '_')
      .toLowerCase()}`
    const exists = await withAdmin(server.adminUrl, async (admin) => {
      await ensureAppRole(admin)
      const found = await admin.query('select datname from pg_database where datname like $1', ['ly_national_%'])
      // Older copies are of no use once the national database changed.
      for (const row of found.rows as { datname: string }[]) if (row.datname !== name) await admin.query(`drop database ${row.datname} with (force)`)
      return found.rows.some((r: { datname: string }) => r.datname === name)
    })
    if (!exists) await copyNational(server.adminUrl, sqliteFile, name, log)
    const db = await openPostgres(databaseUrl(server.adminUrl, name))
    const version = (await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db)).rows[0]!.v
    return {
      db,
      version,
      stop: async () => {
        await db.destroy()
        server.stop()
      },
    }
  } catch (err) {
    server.stop()
    throw err
  }
}

/** Copies into a database under a working name, renamed only when complete. */
async function copyNational(adminUrl: string, sqliteFile: string, name: string, log: (line: string) => void) {
  const building = `${name}_building`
  await withAdmin(adminUrl, async (admin) => {
    await admin.query(`drop database if exists ${building} with (force)`)
    await admin.query(`create database ${building} owner ${APP_ROLE} template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'`)
  })
  log('  kopierer den nasjonale databasen til PostgreSQL (én gang per database) …')
  const started = performance.now()
  const source = openSqlite(sqliteFile)
  const target = await openPostgres(databaseUrl(adminUrl, building))
  try {
    await migrateToLatest(target)
    await copyToPostgres(source, target, { now: new Date(), verify: false, ignore: ['bench_meta'] })
    await sql`analyze`.execute(target)
  } finally {
    await source.destroy()
    await target.destroy()
  }
  await withAdmin(adminUrl, (admin) => admin.query(`alter database ${building} rename to ${name}`))
  log(`  kopiert på ${((performance.now() - started) / 1000).toFixed(0)} s`)
}
