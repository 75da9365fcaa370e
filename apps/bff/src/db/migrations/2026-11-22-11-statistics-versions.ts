import { sql, type Kysely } from 'kysely'
import { isPostgres } from '../dialect'

// Frozen. Statistics are cached per centre in memory and must learn when the centre's
// registrations change — whoever wrote them: the API, `pnpm ly` imports, retention, or another
// server process on the same PostgreSQL database. Only the database sees every writer, so it
// keeps the count itself: after every insert, update and delete of a row the statistics read,
// a trigger adds 1 to that centre's version (the first write inserts version 1; on PostgreSQL
// once per writing transaction, see upPostgres). A cache holds figures together with the
// version it read before loading them, and recomputes when the version has moved. The bump is
// part of the writing transaction: a rolled-back write leaves the version as it was. Only ever
// read as "has it moved": how far it moves per write is no contract.
//
// The tables are those the statistics engine reads (statistics/engine.ts at the time of
// writing): the five registration forms, their ticked options, and the outgoing-call counts.
// The annual centre form (centre_years) is not a statistic of registrations and is left out.
// Listed here rather than taken from the form definitions: a migration never changes meaning
// because app code did.
const records = ['day_visits', 'adult_stays', 'child_stays', 'phone_sessions', 'incoming_calls']
/** Also carries centre_id, so it is bumped like a record table. */
const byCentre = [...records, 'outgoing_call_counts']
/** Ticked options have only record_id: the centre is the parent record's. */
const byRecord = records.map((t) => [`${t}_choices`, t] as const)
const operations = ['insert', 'update', 'delete'] as const

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>

export async function up(db: AnyDb): Promise<void> {
  // References centres like every per-centre table. Centres are never deleted by Ly; should
  // one be (by hand, after its registrations — those have no cascade), its counter goes with
  // it instead of blocking the delete, since deleting the registrations first has just bumped
  // it. No row-level security: it holds centre ids and counters, nothing a centre's user may
  // not know, and every centre's writes must be able to bump their own row.
  await db.schema
    .createTable('statistics_versions')
    .addColumn('centre_id', 'text', (c) => c.primaryKey().references('centres.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute()
  if (isPostgres(db)) await upPostgres(db)
  else await upSqlite(db)
}

/** Adds 1 to the version of the centre(s) `select`ed (no row: nothing), or starts it at 1. */
const bump = (select: string) => `insert into statistics_versions (centre_id, version) ${select}
      on conflict (centre_id) do update set version = statistics_versions.version + 1`

async function upSqlite(db: AnyDb) {
  // Row-level triggers (SQLite has no other kind); SQLite updates the counter in place, so a
  // bump per row stays cheap (under a microsecond in a bulk insert). `select … where …` rather
  // than `values` lets one statement bump nothing: a choice whose record is already gone (a
  // record's delete cascades to its choices; the record's own trigger bumps), or an update's
  // old centre when it is the new one. The `where` also settles SQLite's parse of
  // `select … on conflict`.
  for (const table of byCentre) {
    await trigger(db, table, 'insert', bump(`select new.centre_id, 1 where true`))
    await trigger(
      db,
      table,
      'update',
      `${bump(`select new.centre_id, 1 where true`)};
      ${bump(`select old.centre_id, 1 where old.centre_id is not new.centre_id`)}`,
    )
    await trigger(db, table, 'delete', bump(`select old.centre_id, 1 where true`))
  }
  for (const [table, parent] of byRecord) {
    const centreOf = (row: 'new' | 'old') => `select r.centre_id, 1 from ${parent} r where r.id = ${row}.record_id`
    await trigger(db, table, 'insert', bump(centreOf('new')))
    await trigger(
      db,
      table,
      'update',
      `${bump(centreOf('new'))};
      ${bump(`${centreOf('old')} and old.record_id is not new.record_id`)}`,
    )
    await trigger(db, table, 'delete', bump(centreOf('old')))
  }
}

async function trigger(db: AnyDb, table: string, operation: (typeof operations)[number], body: string) {
  await sql
    .raw(
      `create trigger ${table}_statistics_version_${operation} after ${operation} on ${table} for each row begin
      ${body};
    end`,
    )
    .execute(db)
}

async function upPostgres(db: AnyDb) {
  // Not row triggers as on SQLite. PostgreSQL never updates a row in place: each bump leaves a
  // new version of the centre's one counter row, and within the writing transaction every bump
  // must pass all the earlier ones, so n bumps in one transaction cost n². Measured with a bump
  // per row: one insert of 36 000 ticked options took 17 s instead of 0.4 s — enough to stall
  // `pnpm ly migrate-to-postgres`, an import or retention, each of which is one transaction. So:
  // - statement triggers: one call per statement, its rows read from the transition tables;
  // - one bump per centre and transaction, remembered in a transaction-local setting. Readers
  //   see a transaction whole or not at all, so once is enough for them; only work inside the
  //   writing transaction itself could see the version stand still after its first write.
  // One function for every table. With no argument the rows carry centre_id; with one (the
  // parent table) they are ticked options and their centre is the parent record's, read under
  // the row-level security of migration 10 as the writer reads it: work that may write a choice
  // sees its record — unless the record is being deleted, when the choice's delete cascades from
  // it and finds nothing, and the record's own trigger bumps instead.
  await sql`create function ly_bump_statistics_version() returns trigger language plpgsql as $$
    declare
      changed text := case TG_OP when 'INSERT' then 'ly_new' when 'DELETE' then 'ly_old'
        else '(select * from ly_new union all select * from ly_old)' end;
      centres text[];
      centre text;
      bumped text[] := coalesce(nullif(current_setting('ly.statistics_versions_bumped', true), ''), '{}')::text[];
    begin
      if TG_NARGS = 0 then
        execute format('select array_agg(distinct t.centre_id) from %s t', changed) into centres;
      else
        execute format('select array_agg(distinct r.centre_id) from %I r where r.id in (select t.record_id from %s t)', TG_ARGV[0], changed) into centres;
      end if;
      foreach centre in array coalesce(centres, '{}') loop
        continue when centre = any(bumped);
        insert into statistics_versions (centre_id, version) values (centre, 1)
          on conflict (centre_id) do update set version = statistics_versions.version + 1;
        bumped := bumped || centre;
        perform set_config('ly.statistics_versions_bumped', bumped::text, true);
      end loop;
      return null;
    end
  $$`.execute(db)
  // A trigger with transition tables fires on one event only: three per table. Its arguments
  // are string literals, not parameters.
  const tables = [...byCentre.map((t) => [t, sql``] as const), ...byRecord.map(([t, parent]) => [t, sql.lit(parent)] as const)]
  for (const [table, parent] of tables) {
    for (const operation of operations) {
      const transition = { insert: sql`new table as ly_new`, update: sql`old table as ly_old new table as ly_new`, delete: sql`old table as ly_old` }[operation]
      await sql`create trigger ${sql.raw(`ly_statistics_version_${operation}`)} after ${sql.raw(operation)} on ${sql.table(table)}
        referencing ${transition} for each statement execute function ly_bump_statistics_version(${parent})`.execute(db)
    }
  }
}

export async function down(db: AnyDb): Promise<void> {
  const tables = [...byCentre, ...byRecord.map(([t]) => t)]
  if (isPostgres(db)) {
    for (const table of tables) for (const operation of operations) await sql`drop trigger ${sql.raw(`ly_statistics_version_${operation}`)} on ${sql.table(table)}`.execute(db)
    await sql`drop function ly_bump_statistics_version()`.execute(db)
  } else {
    for (const table of tables) for (const operation of operations) await sql.raw(`drop trigger ${table}_statistics_version_${operation}`).execute(db)
  }
  await db.schema.dropTable('statistics_versions').execute()
}
