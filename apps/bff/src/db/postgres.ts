import pg from 'pg'
import { CompiledQuery, Kysely, PostgresDialect, type DatabaseConnection, type Driver, type QueryCompiler, type TransactionSettings } from 'kysely'
import { consoleLogger } from '../logger'
import type { Database, Db } from './database'
import { currentScope, SYSTEM_SCOPE } from './scope'

/**
 * PostgreSQL through Kysely's PostgresDialect with `pg` (decision 0014). Everything that differs
 * from SQLite at the connection level lives here:
 *
 * - counts and sums come back as numbers, as they do from SQLite (pg returns int8 and numeric as
 *   strings by default, which would turn `count + 1` into string concatenation);
 * - every connection is told the current centre scope (`ly.centre_id`) before it is used, which
 *   the row-level security policies of migration 10 read;
 * - every transaction first takes an advisory lock for its centre, so the check-then-write rules
 *   (no overlapping stays, versions, year locks) run one at a time per centre, exactly as they
 *   do on SQLite's single writer, while different centres write in parallel.
 */
const INT8_OID = 20
const NUMERIC_OID = 1700
/** First key of Ly's advisory locks (two-key form, apart from Kysely's migration lock). */
const LOCK_CLASS = 0x4c79 // "Ly"

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value)
    return pg.types.getTypeParser(oid, format) as (value: string) => unknown
  }) as typeof pg.types.getTypeParser,
}

/** PostgreSQL cannot be used: unreachable, or a role row-level security would not bind. */
export class PostgresOpenError extends Error {}

export interface PostgresOptions {
  /** Connections in the pool (default 10). */
  max?: number
  /** Closes idle connections after this many ms (default 30 s). */
  idleTimeoutMillis?: number
}

/** Opens Ly's PostgreSQL database and refuses a role that row-level security would not bind. */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, idleTimeoutMillis: options.idleTimeoutMillis ?? 30_000, types })
  // An idle connection the server closes (a restart, a failover) is dropped from the pool and
  // replaced on next use; unheard, the error event would end the whole process.
  pool.on('error', (err: Error & { code?: string }) => consoleLogger.error('PostgreSQL-tilkobling lukket', { code: err.code ?? 'ukjent' }))
  const db = new Kysely<Database>({ dialect: new ScopedPostgresDialect({ pool }) })
  try {
    const role = await readRole(db)
    if (role.rolsuper || role.rolbypassrls) {
      throw new PostgresOpenError(
        `Databasebrukeren «${role.rolname}» er superbruker eller har BYPASSRLS, så radnivåsikkerheten ville ikke gjelde. Koble til som en egen bruker uten disse rettighetene (se docs/deploy.md).`,
      )
    }
  } catch (err) {
    await db.destroy()
    if (err instanceof PostgresOpenError) throw err
    throw new PostgresOpenError(`Kan ikke koble til PostgreSQL (LY_DATABASE_URL): ${err instanceof Error ? err.message.replace(/postgres(ql)?:\/\/\S+/g, '…') : String(err)}`)
  }
  return db
}

async function readRole(db: Db) {
  const { rows } = await db.executeQuery<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
    CompiledQuery.raw('select rolname, rolsuper, rolbypassrls from pg_roles where rolname = current_user'),
  )
  if (!rows[0]) throw new Error('fant ikke databasebrukeren')
  return rows[0]
}

class ScopedPostgresDialect extends PostgresDialect {
  override createDriver(): Driver {
    return new ScopedDriver(super.createDriver())
  }
}

/** The scope each pooled connection was last told, so an unchanged scope costs no round trip. */
const toldScope = new WeakMap<DatabaseConnection, string>()

class ScopedDriver implements Driver {
  constructor(private readonly inner: Driver) {}

  init() {
    return this.inner.init()
  }

  async acquireConnection() {
    const connection = await this.inner.acquireConnection()
    const scope = currentScope()
    if (toldScope.get(connection) !== scope) {
      await connection.executeQuery(CompiledQuery.raw("select set_config('ly.centre_id', $1, false)", [scope]))
      toldScope.set(connection, scope)
    }
    return connection
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    await this.inner.beginTransaction(connection, settings)
    const scope = currentScope()
    // System work (migrations, retention over every centre) excludes every centre's writers;
    // a centre's writers share the system key and exclude only each other.
    await connection.executeQuery(
      scope === SYSTEM_SCOPE
        ? CompiledQuery.raw('select pg_advisory_xact_lock($1, 0)', [LOCK_CLASS])
        : CompiledQuery.raw('select pg_advisory_xact_lock_shared($1, 0), pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS, scope]),
    )
  }

  commitTransaction(connection: DatabaseConnection) {
    return this.inner.commitTransaction(connection)
  }

  rollbackTransaction(connection: DatabaseConnection) {
    return this.inner.rollbackTransaction(connection)
  }

  savepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler['compileQuery']) {
    return this.inner.savepoint!(connection, name, compileQuery)
  }

  rollbackToSavepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler['compileQuery']) {
    return this.inner.rollbackToSavepoint!(connection, name, compileQuery)
  }

  releaseSavepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler['compileQuery']) {
    return this.inner.releaseSavepoint!(connection, name, compileQuery)
  }

  releaseConnection(connection: DatabaseConnection) {
    return this.inner.releaseConnection(connection)
  }

  destroy() {
    return this.inner.destroy()
  }
}
