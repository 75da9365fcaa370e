import { chmodSync, closeSync, existsSync, openSync } from 'node:fs'
import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect, type Generated } from 'kysely'
import { LRUCache } from 'lru-cache'
import type { ChoiceRow, RecordRow, RegisteredForm } from '@ly/forms'
import type { Role } from '@ly/forms/accounts'

/**
 * The database schema as Kysely sees it. Hand-written on purpose (house style): the migrations
 * are frozen history, this interface is the present. Timestamps are ISO 8601 UTC strings so the
 * same columns work on SQLite and PostgreSQL and sort correctly as text.
 */
export interface Database extends RegistrationTables {
  centres: CentreTable
  users: UserTable
  sessions: SessionTable
  sign_in_failures: SignInFailureTable
  audit_events: AuditEventTable
  centre_options: CentreOptionTable
  outgoing_call_counts: OutgoingCallCountTable
  centre_settings: CentreSettingsTable
  report_comments: ReportCommentTable
  security_settings: SecuritySettingsTable
  year_locks: YearLockTable
  year_lock_events: YearLockEventTable
  quality_checked: QualityCheckedTable
  statistics_versions: StatisticsVersionTable
  statistics_year_versions: StatisticsYearVersionTable
  capacity_status: CapacityStatusTable
  capacity_sharing: CapacitySharingTable
  capacity_tokens: CapacityTokenTable
}

/**
 * The registration tables, derived from the form definitions rather than written out: a row
 * per record in `form.table` and a row per ticked option in `<table>_choices`, with the columns
 * packages/forms' storage derivation gives them (the drift test holds the migrations to it).
 */
export type RegistrationTables = { [F in RegisteredForm as F['table']]: RecordRow<F> } & {
  [F in RegisteredForm as `${F['table']}_choices`]: ChoiceRow
}

export interface CentreTable {
  id: string
  name: string
  created_at: string
  /** 1 when `pnpm ly demo` filled the centre with invented registrations (shown in the SPA). */
  demo_data: Generated<number>
}

export type { Role }

export interface UserTable {
  id: string
  centre_id: string
  /** A sign-in name chosen by the centre (e.g. "vakt3"); never a resident's data. */
  username: string
  role: Role
  password_hash: string
  must_change_password: number
  active: number
  /** Bumped on every change so a concurrent edit is detected (409), never silently overwritten. */
  version: Generated<number>
  created_at: string
  updated_at: string
  /** TOTP secret, AES-256-GCM under the server key (auth/secret-box.ts); null when not enrolled. */
  totp_secret: Generated<string | null>
  totp_enabled_at: Generated<string | null>
  /** Time step of the last accepted code: no code is accepted twice. */
  totp_last_step: Generated<number | null>
  /** Encrypted secret shown during enrolment, until confirmed with a code. */
  totp_pending_secret: Generated<string | null>
}

export interface SessionTable {
  /** SHA-256 of the cookie token: a stolen database file does not yield usable sessions. */
  id: string
  user_id: string
  /** SHA-256 of the CSRF token (derived from the cookie's token, auth/session-cookie.ts). */
  csrf_token_hash: string
  created_at: string
  last_seen_at: string
  expires_at: string
  /** Set while the screen is locked (idle): only unlock, session and sign-out answer. */
  locked_at: Generated<string | null>
}

export interface SignInFailureTable {
  id: Generated<number>
  /** HMAC of the normalised sign-in name under the server key: what was typed is not kept. */
  account_key: string
  /** SHA-256 of the client address, so the table holds no plain IP addresses. */
  address_key: string
  /** A digest of the browser's device cookie when it held a valid one for this account, else null. */
  device_key: string | null
  at: string
}

export interface AuditEventTable {
  id: Generated<number>
  at: string
  centre_id: string | null
  actor_user_id: string | null
  action: string
  target_kind: string | null
  target_id: string | null
  /** Small JSON object describing what changed (field names, roles) — never answer values. */
  details: string | null
}

/** A centre's change to an editable option list (`SingleField.centreOptions`); never deleted. */
export interface CentreOptionTable {
  centre_id: string
  /** The list key of the definition, e.g. "caller_categories". */
  list: string
  key: string
  /** null keeps the definition's label. */
  label: string | null
  retired_at: string | null
  sort_order: number | null
  version: Generated<number>
  created_at: string
  updated_at: string
}

/** Outgoing calls per day and recipient type (S1:166-168): counted, never logged one by one. */
export interface OutgoingCallCountTable {
  centre_id: string
  offer: 'women' | 'men'
  call_date: string
  /** A key of the centre's caller categories. */
  recipient_type: string
  count: number
  updated_at: string
  updated_by: string | null
}

/** Settings an administrator changes per centre; a missing row means the defaults. */
export interface CentreSettingsTable {
  centre_id: string
  /** Counts from 1 up to this are hidden in everything that leaves Ly (decision 8; 1–20). */
  suppression_threshold: number
  version: Generated<number>
  updated_at: string
  updated_by: string | null
}

/** A leader's commentary on one section of the yearly report (free text, screened). */
export interface ReportCommentTable {
  centre_id: string
  year: number
  section_key: string
  text: string
  version: Generated<number>
  updated_at: string
  updated_by: string | null
}

/** An administrator's security choices per centre; a missing row means the defaults. */
export interface SecuritySettingsTable {
  centre_id: string
  /** 1: leaders and administrators must use two-factor sign-in. */
  require_totp: number
  /** Minutes without activity before the browser locks the screen. */
  idle_lock_minutes: number
  /** Case codes unused this many months are removed from old records. */
  retention_months: number
  version: Generated<number>
  updated_at: string
  updated_by: string | null
}

/** A year a leader has finalised: its records cannot change until it is reopened. */
export interface YearLockTable {
  centre_id: string
  year: number
  locked_at: string
  locked_by: string | null
  /** When a consent withdrawal last changed the year's figures while it was locked (decision 0022). */
  changed_at: string | null
}

/** A Kvalitetskontroll finding a leader has checked and found right («Sjekket – riktig»), with the reason (screened text). */
export interface QualityCheckedTable {
  centre_id: string
  rule: string
  record_id: string
  form: string
  /** The record's version when it was marked: a later change asks for a new look. */
  record_version: number
  reason: string
  checked_by: string | null
  checked_at: string
}

/** Every lock and reopen of a year, with the leader's reason for a reopen (screened text). */
export interface YearLockEventTable {
  id: Generated<number>
  centre_id: string
  year: number
  action: 'locked' | 'reopened'
  reason: string | null
  at: string
  user_id: string | null
}

/**
 * A number that moves whenever a centre's statistics inputs (registrations, their ticked
 * options, outgoing-call counts) are written, whoever writes: kept by database triggers
 * (migration 2026-11-22-11), never written by Ly's code. A centre never written has no row
 * (read it as 0). Read with db/statistics-versions.ts.
 */
export interface StatisticsVersionTable {
  centre_id: string
  version: number
}

/**
 * The same per centre and year (migration 2026-12-08-04, decision 0058), kept as steps: the
 * version of year Y is the sum of `step` over the centre's rows with `year` up to Y. Kept by
 * database triggers, never written by Ly's code; read with db/statistics-versions.ts.
 */
export interface StatisticsYearVersionTable {
  centre_id: string
  year: number
  step: number
}

/**
 * Who lives at a centre now, per offer, and its places (migration 2026-12-07-15): kept by
 * database triggers on every check-in, check-out and change of the annual form, never written
 * by Ly's code. Counts only: the free places a sharing centre shows others (issue 22).
 */
export interface CapacityStatusTable {
  centre_id: string
  offer: 'women' | 'men'
  adults: number
  children: number
  /** The annual form's `fixed_beds` of the latest year up to now; null when not given. */
  places: number | null
  updated_at: string
}

/** A centre's choice to show its free places to the other centres and in the feed. */
export interface CapacitySharingTable {
  centre_id: string
  shared: number
  updated_at: string
  updated_by: string | null
}

/** An access token for the read-only capacity feed (GET /api/capacity); only its hash is kept. */
export interface CapacityTokenTable {
  id: string
  centre_id: string
  token_hash: string
  label: string
  created_at: string
  created_by: string | null
  last_used_at: string | null
  revoked_at: string | null
}

export type Db = Kysely<Database>

/**
 * The database file readable and writable by its owner only (0600). SQLite gives the -wal and
 * -shm files the mode of the database file, so they follow; an existing file is tightened.
 */
export function ownerOnly(path: string): void {
  if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600))
  try {
    chmodSync(path, 0o600)
    for (const side of ['-wal', '-shm']) if (existsSync(`${path}${side}`)) chmodSync(`${path}${side}`, 0o600)
  } catch {
    // A file owned by another user (read-only use): its owner decides its mode.
  }
}

/** Thrown when the file cannot be read with the key given (or without one). */
export class DatabaseKeyError extends Error {}

/** Whether the connection can read the file's pages: a wrong or missing key cannot. */
function canRead(sqlite: SQLite.Database): boolean {
  try {
    sqlite.prepare('select count(*) from sqlite_master').get()
    return true
  } catch {
    return false
  }
}

/**
 * Opens the embedded SQLite database with the settings a crisis centre needs: WAL for
 * concurrent readers, synchronous=FULL so an answered registration survives a power cut,
 * foreign keys on, and a busy timeout instead of immediate SQLITE_BUSY errors.
 * With `key` (LY_DB_KEY) the file is encrypted at rest by SQLite3MultipleCiphers (ChaCha20-
 * Poly1305): the key must be the first thing the connection is told, before any page is read.
 */
export function openSqlite(path: string, options: { key?: string } = {}): Db {
  if (path !== ':memory:') ownerOnly(path)
  return configureSqlite(new SQLite(path), path !== ':memory:', options)
}

/**
 * An in-memory database made from the bytes of a whole database file (`sqlite3_deserialize`),
 * with the same settings as `openSqlite`. The tests open their fresh, migrated database this way
 * from one image made per worker: running the migrations for every test was most of its time.
 */
export function openSqliteImage(image: Buffer): Db {
  return configureSqlite(new SQLite(image), false, {})
}

function configureSqlite(sqlite: SQLite.Database, onDisk: boolean, options: { key?: string }): Db {
  if (options.key) sqlite.pragma(`key = '${options.key.replaceAll("'", "''")}'`)
  if (!canRead(sqlite)) {
    sqlite.close()
    throw new DatabaseKeyError(
      options.key
        ? 'Databasen kan ikke leses med nøkkelen i LY_DB_KEY: feil nøkkel, eller filen er ikke kryptert (krypter den med `pnpm ly encrypt-database`).'
        : 'Databasen kan ikke leses. Er den kryptert? Sett LY_DB_KEY.',
    )
  }
  if (onDisk) sqlite.pragma('journal_mode = WAL')
  // Deleted answers are overwritten with zeros in the file, not merely unlinked (issue 18).
  sqlite.pragma('secure_delete = ON')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
}

/**
 * Encrypts a plain SQLite file in place with `key` (SQLite3MultipleCiphers' `rekey`), for a
 * database created before LY_DB_KEY was set. The write-ahead log is first folded into the file
 * and the file taken out of WAL mode, which rekey requires; rekey then rewrites every page in
 * one transaction under a rollback journal, so a crash leaves the plain database as it was.
 * The caller makes sure no server has the file open.
 */
export function encryptSqliteFile(path: string, key: string): void {
  const sqlite = new SQLite(path, { fileMustExist: true })
  try {
    if (!canRead(sqlite)) throw new DatabaseKeyError('Databasen er allerede kryptert (eller er ikke en SQLite-database).')
    sqlite.pragma('wal_checkpoint(TRUNCATE)')
    sqlite.pragma('journal_mode = DELETE')
    sqlite.pragma(`rekey = '${key.replaceAll("'", "''")}'`)
    sqlite.pragma('journal_mode = WAL')
  } finally {
    sqlite.close()
  }
}

const STATEMENT_CACHE_SIZE = 500

/**
 * Kysely prepares every query anew; compiling the same SQL again and again cost about a tenth of
 * the server's time under load. Ly's queries come from a small set of shapes, so prepared
 * statements are kept by their SQL (least recently used dropped first). Safe because the driver
 * runs one query at a time on the connection, and SQLite re-prepares a statement by itself when
 * a migration changes the schema.
 */
function withStatementCache(sqlite: SQLite.Database) {
  const cache = new LRUCache<string, SQLite.Statement>({ max: STATEMENT_CACHE_SIZE })
  return {
    close: () => sqlite.close(),
    prepare: (query: string) => {
      let statement = cache.get(query)
      if (!statement) cache.set(query, (statement = sqlite.prepare(query)))
      return statement
    },
  }
}

/** Checks LY_DATABASE_URL's shape, so a typo is not mistaken for "no PostgreSQL". */
export function readDatabaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined
  if (!/^postgres(ql)?:\/\//.test(raw)) throw new Error('LY_DATABASE_URL må begynne med postgres:// (eller være tom for SQLite).')
  return raw
}
