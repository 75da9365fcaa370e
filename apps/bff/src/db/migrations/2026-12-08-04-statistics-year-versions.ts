import { sql, type Kysely } from 'kysely'
import { isPostgres } from '../dialect'

// Frozen. Decision 0058: the kept statistics (decision 0016) learn per centre *and year* when
// their inputs change. Migration 11's centre version moves on every write to a centre, so a
// registration in 2025 also threw away the centre's kept 2024 — the dashboard's «samme periode
// i fjor» — and every earlier year, which nothing had changed. Here the database also counts
// which years a write touched, whoever writes (the same tables and the same writers as
// migrations 11 and 15), and the cache keeps a year's figures until one of *its* rows changes.
//
// The years a row belongs to are those whose statistics read it (statistics/load.ts, places.ts):
// a dated registration its date's year; a stay every year from its start's to its end's (a stay
// that ends on 1 January is read by that year too, for its move-out), and every year from its
// start on while it is open; the annual form's places every year from its own on (a later year
// without a form uses the latest earlier one); ticked options their record's years.
//
// Stored as steps, so that a span of years costs two rows however long it is: a write adds 1
// at the span's first year and −1 after its last (none for an open span), and the version of
// year Y is the sum of the steps at years up to Y. A write thus raises the version of every
// year it touched by at least 1 and leaves every other year's where it was. Only ever read as
// "has it moved"; one bump per touched year and write is no contract.
//
// Each table: its dated column, its end column (stays) and, for ticked options, the record table
// whose row has the dates. Listed here rather than taken from the form definitions: a migration
// never changes meaning because app code did.
interface Dated {
  table: string
  /** The first year, as SQL over the row `r`. */
  first: string
  /** The last year as SQL over `r`, null while open; absent: the first year is the last. */
  last?: string
  /** For ticked options: the table holding the record's dates (joined as `r` on record_id). */
  parent?: string
}

const year = (column: string, pg: boolean) => (pg ? `substr(r.${column}, 1, 4)::int` : `cast(substr(r.${column}, 1, 4) as integer)`)

function datedTables(pg: boolean): Dated[] {
  const on = (table: string, date: string) => ({ table, first: year(date, pg) })
  const stay = (table: string) => ({ table, first: year('stay_start_date', pg), last: year('stay_end_date', pg) })
  const records = [
    on('day_visits', 'visit_date'),
    stay('adult_stays'),
    stay('child_stays'),
    on('phone_sessions', 'session_date'),
    on('incoming_calls', 'call_date'),
    on('turned_away_requests', 'request_date'),
  ]
  return [
    ...records,
    ...records.map((r) => ({ ...r, table: `${r.table}_choices`, parent: r.table })),
    on('outgoing_call_counts', 'call_date'),
    // Open: a year without its own form takes its places from the latest earlier one.
    { table: 'centre_years', first: 'r.report_year', last: pg ? 'null::int' : 'null' },
  ]
}

const operations = ['insert', 'update', 'delete'] as const

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>

export async function up(db: AnyDb): Promise<void> {
  // Like statistics_versions: centre ids and counters, no row-level security, goes with its centre.
  await db.schema
    .createTable('statistics_year_versions')
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('step', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('statistics_year_versions_pk', ['centre_id', 'year'])
    .execute()
  if (isPostgres(db)) await upPostgres(db)
  else await upSqlite(db)
}

/** Adds `step` at the year `select`ed with the centre (no row: nothing). */
const step = (select: string) => `insert into statistics_year_versions (centre_id, year, step) ${select}
      on conflict (centre_id, year) do update set step = statistics_year_versions.step + excluded.step`

async function upSqlite(db: AnyDb) {
  // Row triggers, as migration 11's: `select … from (…) s where …` lets a statement add nothing
  // (a choice whose record is gone, a span without an end) and settles SQLite's parse of
  // `select … on conflict`.
  for (const t of datedTables(false)) {
    const steps = (row: 'new' | 'old') => {
      // The record's own row, or for ticked options their record's.
      const of = (expression: string) => (t.parent ? expression : expression.replace(/\br\./g, `${row}.`))
      const span = `select ${of('r.centre_id')} as centre_id, ${of(t.first)} as first_year, ${of(t.last ?? t.first)} as last_year${t.parent ? ` from ${t.parent} r where r.id = ${row}.record_id` : ''}`
      return `${step(`select s.centre_id, s.first_year, 1 from (${span}) s where true`)};
      ${step(`select s.centre_id, s.last_year + 1, -1 from (${span}) s where s.last_year is not null`)}`
    }
    for (const operation of operations) {
      const body = operation === 'insert' ? steps('new') : operation === 'delete' ? steps('old') : `${steps('new')};\n      ${steps('old')}`
      await sql.raw(`create trigger ${t.table}_statistics_year_${operation} after ${operation} on ${t.table} for each row begin\n      ${body};\n    end`).execute(db)
    }
  }
}

async function upPostgres(db: AnyDb) {
  // Statement triggers with transition tables, for migration 11's reason (n bumps of one row in
  // one transaction cost n²): one upsert per statement, the rows' spans added up per centre and
  // year. A transaction steps each centre's span once, remembered in a transaction-local setting
  // as migration 11 remembers its centres: readers see the transaction whole, and once raises
  // every year of the span. Arguments: the first-year and last-year SQL over `r`, and for
  // ticked options the record table, read under the writer's row-level security (a choice
  // deleted with its record finds nothing; the record's own trigger steps instead).
  await sql`create function ly_step_statistics_years() returns trigger language plpgsql as $$
    declare
      changed text := case TG_OP when 'INSERT' then 'ly_new' when 'DELETE' then 'ly_old'
        else '(select * from ly_new union all select * from ly_old)' end;
      source text;
      stepped text[] := coalesce(nullif(current_setting('ly.statistics_years_stepped', true), ''), '{}')::text[];
      added text[];
    begin
      if TG_NARGS = 2 then
        source := format('%s r', changed);
      else
        source := format('%I r where r.id in (select t.record_id from %s t)', TG_ARGV[2], changed);
      end if;
      execute format($q$
        with spans as (
          select distinct r.centre_id as centre, %s as first_year, %s as last_year from %s
        ), fresh as (
          select * from spans where not ((centre || '|' || first_year || '|' || coalesce(last_year::text, '')) = any($1))
        ), steps as (
          select centre, first_year as year, 1 as step from fresh
          union all select centre, last_year + 1, -1 from fresh where last_year is not null
        ), applied as (
          insert into statistics_year_versions (centre_id, year, step)
          select centre, year, sum(step) from steps group by centre, year
          on conflict (centre_id, year) do update set step = statistics_year_versions.step + excluded.step
        )
        select coalesce(array_agg(centre || '|' || first_year || '|' || coalesce(last_year::text, '')), '{}') from fresh
      $q$, TG_ARGV[0], TG_ARGV[1], source) into added using stepped;
      -- Remembering is only a saving: past a couple of hundred spans (a copy of every year of
      -- every centre, in few large statements) checking costs more than stepping again.
      if cardinality(added) > 0 and cardinality(stepped) < 200 then
        perform set_config('ly.statistics_years_stepped', (stepped || added)::text, true);
      end if;
      return null;
    end
  $$`.execute(db)
  const transitions = { insert: sql`new table as ly_new`, update: sql`old table as ly_old new table as ly_new`, delete: sql`old table as ly_old` }
  for (const t of datedTables(true)) {
    const args = [sql.lit(t.first), sql.lit(t.last ?? t.first), ...(t.parent ? [sql.lit(t.parent)] : [])]
    for (const operation of operations) {
      await sql`create trigger ${sql.raw(`ly_statistics_year_${operation}`)} after ${sql.raw(operation)} on ${sql.table(t.table)}
        referencing ${transitions[operation]} for each statement execute function ly_step_statistics_years(${sql.join(args)})`.execute(db)
    }
  }
}

export async function down(db: AnyDb): Promise<void> {
  const pg = isPostgres(db)
  for (const t of datedTables(pg))
    for (const operation of operations) {
      if (pg) await sql`drop trigger ${sql.raw(`ly_statistics_year_${operation}`)} on ${sql.table(t.table)}`.execute(db)
      else await sql.raw(`drop trigger ${t.table}_statistics_year_${operation}`).execute(db)
    }
  if (pg) await sql`drop function ly_step_statistics_years()`.execute(db)
  await db.schema.dropTable('statistics_year_versions').execute()
}
