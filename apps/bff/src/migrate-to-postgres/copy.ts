import { isDeepStrictEqual } from 'node:util'
import { sql, type Kysely } from 'kysely'
import { allFormDefs, choicesTable, osloToday, type FormDef } from '@ly/forms'
import { computeStatistics } from '../statistics/engine'
import { yearsWithData } from '../statistics/trend'
import type { Db } from '../db/database'

/**
 * Moves a SQLite database's centres into PostgreSQL (`pnpm ly migrate-to-postgres`, issue 10):
 * in one PostgreSQL transaction, verified before it commits — the registrations counted per
 * centre and form, and every year's statistics computed on both sides and compared. Any
 * difference rolls everything back; nothing is half-moved.
 */
export class CopyRefused extends Error {}

/**
 * Rows that are not moved: everyone signs in again on the new server; throttling starts afresh.
 * The statistics versions are PostgreSQL's own: its triggers count the copied rows as they go in
 * (a copied counter would clash with the ones they start). So are the capacity counts: the
 * triggers recount them as the stays go in.
 */
const LEFT_BEHIND = new Set(['sessions', 'sign_in_failures', 'kysely_migration', 'kysely_migration_lock', 'statistics_versions', 'statistics_year_versions', 'capacity_status'])
/** Numbered by the database itself: PostgreSQL gives them new numbers after its own. */
const RENUMBERED = new Set(['audit_events', 'year_lock_events'])

/** Every table in the order it is copied: each after the tables it refers to. */
function copyOrder(): string[] {
  const defs = allFormDefs()
  const formTables = [...defs.filter((f) => !f.parent), ...defs.filter((f) => f.parent)].flatMap((f) => [f.table, choicesTable(f)])
  return [
    'centres',
    'users',
    'centre_settings',
    'security_settings',
    'centre_options',
    'outgoing_call_counts',
    'report_comments',
    'year_locks',
    'year_lock_events',
    'quality_checked',
    'audit_events',
    'capacity_sharing',
    'capacity_tokens',
    ...formTables,
  ]
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>
const any = (db: Db) => db as unknown as AnyDb

export interface CopySummary {
  centres: { id: string; name: string }[]
  /** Rows copied per table. */
  rows: Record<string, number>
  /** Years whose statistics were compared, per centre id. */
  years: Record<string, { first: number; last: number } | null>
}

export interface CopyOptions {
  now: Date
  log?: (line: string) => void
  /** Skip the verification (the bench's national copy: 45 centres × 20 years). Default true. */
  verify?: boolean
  /** Source tables that are not Ly's own and stay behind (the bench's metadata). */
  ignore?: string[]
}

export async function copyToPostgres(source: Db, target: Db, options: CopyOptions): Promise<CopySummary> {
  const order = copyOrder()
  const tables = (await source.introspection.getTables()).map((t) => t.name)
  const unknown = tables.filter((t) => !order.includes(t) && !LEFT_BEHIND.has(t) && !options.ignore?.includes(t))
  if (unknown.length > 0) throw new CopyRefused(`Flyttingen kjenner ikke tabellen ${unknown.join(', ')}. Ingenting er flyttet.`)

  const centres = await source.selectFrom('centres').select(['id', 'name']).orderBy('name').execute()
  if (centres.length === 0) throw new CopyRefused('SQLite-databasen har ingen sentre. Ingenting er flyttet.')
  await refuseClashes(source, target, centres)

  return target.transaction().execute(async (trx) => {
    const rows: Record<string, number> = {}
    for (const table of order) {
      rows[table] = await copyTable(source, trx, table)
      options.log?.(`  ${table}: ${rows[table]}`)
    }
    const years: CopySummary['years'] = {}
    if (options.verify !== false) for (const centre of centres) years[centre.id] = await verifyCentre(source, trx, centre, options.now)
    return { centres, rows, years }
  })
}

async function refuseClashes(source: Db, target: Db, centres: { id: string; name: string }[]) {
  const clash = await target
    .selectFrom('centres')
    .select('name')
    .where((eb) =>
      eb.or([
        eb(
          'id',
          'in',
          centres.map((c) => c.id),
        ),
        eb(
          'name',
          'in',
          centres.map((c) => c.name),
        ),
      ]),
    )
    .execute()
  if (clash.length > 0) throw new CopyRefused(`Senteret ${clash.map((c) => `«${c.name}»`).join(', ')} finnes allerede i PostgreSQL. Ingenting er flyttet.`)
  const usernames = (await source.selectFrom('users').select('username').execute()).map((u) => u.username)
  const taken = usernames.length === 0 ? [] : await target.selectFrom('users').select('username').where('username', 'in', usernames).execute()
  if (taken.length > 0)
    throw new CopyRefused(
      `Brukernavnet ${taken.map((u) => u.username).join(', ')} er allerede i bruk i PostgreSQL (brukernavn er unike i hele installasjonen). Ingenting er flyttet.`,
    )
}

const PAGE = 5000
/** PostgreSQL takes at most 65 535 parameters in one statement. */
const MAX_PARAMETERS = 30_000

/** Copies a table page by page in the source's row order; returns the number of rows. */
async function copyTable(source: Db, target: Db, table: string): Promise<number> {
  let copied = 0
  let after = 0
  for (;;) {
    // rowid: SQLite's own row order, a cheap cursor on the source side only.
    const page = (await sql<Record<string, unknown>>`select rowid as ly_rowid, * from ${sql.table(table)} where rowid > ${after} order by rowid limit ${PAGE}`.execute(source)).rows
    if (page.length === 0) return copied
    after = Number(page.at(-1)!.ly_rowid)
    const values = page.map(({ ly_rowid: _, ...row }) => {
      if (RENUMBERED.has(table)) delete row.id
      return row
    })
    const size = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(values[0]!).length))
    for (let i = 0; i < values.length; i += size)
      await any(target)
        .insertInto(table)
        .values(values.slice(i, i + size))
        .execute()
    copied += values.length
  }
}

/** One centre's registrations counted, and its statistics for every year with data compared. */
async function verifyCentre(source: Db, target: Db, centre: { id: string; name: string }, now: Date) {
  for (const form of allFormDefs()) {
    const [a, b] = await Promise.all([countForCentre(source, form, centre.id), countForCentre(target, form, centre.id)])
    if (!isDeepStrictEqual(a, b)) {
      throw new CopyRefused(
        `Kontrollen fant forskjell for «${centre.name}» i ${form.table}: SQLite ${a.records} (${a.choices} avkrysninger), PostgreSQL ${b.records} (${b.choices}). Ingenting er flyttet.`,
      )
    }
  }
  const years = await yearsWithData(source, centre.id)
  if (!years) return null
  const today = osloToday(now)
  for (let year = years.first; year <= years.last; year++) {
    for (const offer of ['all', 'women', 'men'] as const) {
      const scope = { centreId: centre.id, year, offer, today }
      const [a, b] = await Promise.all([computeStatistics(source, scope), computeStatistics(target, scope)])
      if (!isDeepStrictEqual(a, b)) throw new CopyRefused(`Kontrollen fant forskjell i statistikken for «${centre.name}» ${year} (${offer}). Ingenting er flyttet.`)
    }
  }
  return years
}

async function countForCentre(db: Db, form: FormDef, centreId: string) {
  const records = await any(db)
    .selectFrom(form.table)
    .select((eb) => eb.fn.countAll().as('n'))
    .where('centre_id', '=', centreId)
    .executeTakeFirstOrThrow()
  const choices = await any(db)
    .selectFrom(`${choicesTable(form)} as c`)
    .innerJoin(`${form.table} as r`, 'r.id', 'c.record_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('r.centre_id', '=', centreId)
    .executeTakeFirstOrThrow()
  return { records: Number(records.n), choices: Number(choices.n) }
}
