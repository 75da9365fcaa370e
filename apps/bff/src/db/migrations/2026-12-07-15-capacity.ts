import { sql, type Kysely } from 'kysely'
import { isPostgres } from '../dialect'

// Frozen. Issue 22: turned-away requests, the count of who lives at each centre now, and the
// centres' choice to share their free places. The record table mirrors packages/forms'
// turned_away definition at the time of writing (the drift test, db/drift.test.ts, watches
// them). Never import app code here.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>

const operations = ['insert', 'update', 'delete'] as const

export async function up(db: AnyDb): Promise<void> {
  // «Avvist henvendelse»: the centre's answer to a request, not the person (decision 0028). No
  // consent, no case code, no free text.
  await db.schema
    .createTable('turned_away_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('offer', 'text', (c) => c.notNull().check(sql`offer in ('women', 'men')`))
    .addColumn('request_date', 'text', (c) => c.notNull())
    .addColumn('requester', 'text')
    .addColumn('reason', 'text')
    // A key of the centre's own list of crisis centres (defaults or `local_…`).
    .addColumn('referred_to_centre', 'text')
    .addColumn('children_count', 'text')
    .execute()
  await db.schema.createIndex('turned_away_requests_centre_date_idx').on('turned_away_requests').columns(['centre_id', 'request_date']).execute()
  await db.schema
    .createTable('turned_away_requests_choices')
    .addColumn('record_id', 'text', (c) => c.notNull().references('turned_away_requests.id').onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('turned_away_requests_choices_pk', ['record_id', 'field', 'category'])
    .execute()
  await db.schema.createIndex('turned_away_requests_choices_field_idx').on('turned_away_requests_choices').columns(['field', 'category']).execute()

  // Who lives at the centre now, per offer, and its places: counts only, kept by the database on
  // every check-in and check-out and every change of the annual form (whoever writes: the API,
  // an import, retention), so free places are read
  // without reading a single stay — and another centre's list can be shown without any access
  // to its records. Open stays are those without an end date (a check-out is never dated after
  // today). No row-level security: it holds counts a sharing centre publishes anyway, and every
  // centre's writes must update their own row. Only the routes decide who may read whose row.
  await db.schema
    .createTable('capacity_status')
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id').onDelete('cascade'))
    .addColumn('offer', 'text', (c) => c.notNull().check(sql`offer in ('women', 'men')`))
    .addColumn('adults', 'integer', (c) => c.notNull())
    .addColumn('children', 'integer', (c) => c.notNull())
    // The annual form's `fixed_beds` of the latest year up to this one; null when not given.
    .addColumn('places', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('capacity_status_pk', ['centre_id', 'offer'])
    .execute()
  // The counts read only open stays: a partial index keeps each recount to those few rows.
  for (const table of ['adult_stays', 'child_stays']) {
    await sql`create index ${sql.raw(`${table}_open_idx`)} on ${sql.table(table)} (centre_id, offer) where stay_end_date is null`.execute(db)
  }

  // A centre's choice to show its free places to the other centres of the installation and in
  // the feed (issue 22 §3). Off unless a leader turns it on.
  await db.schema
    .createTable('capacity_sharing')
    .addColumn('centre_id', 'text', (c) => c.primaryKey().references('centres.id').onDelete('cascade'))
    .addColumn('shared', 'integer', (c) => c.notNull().check(sql`shared in (0, 1)`))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .execute()

  // Access tokens for the read-only feed GET /api/capacity: only a SHA-256 of the token is kept.
  await db.schema
    .createTable('capacity_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute()

  if (isPostgres(db)) await upPostgres(db)
  else await upSqlite(db)
}

/** Recounts one centre's offer; `year` is this year as an integer in the dialect's SQL. */
const recount = (centre: string, offer: string, now: string, year: string) => `insert into capacity_status (centre_id, offer, adults, children, places, updated_at)
      select ${centre}, ${offer},
        (select count(*) from adult_stays a where a.centre_id = ${centre} and a.offer = ${offer} and a.stay_end_date is null),
        (select count(*) from child_stays c where c.centre_id = ${centre} and c.offer = ${offer} and c.stay_end_date is null),
        (select y.fixed_beds from centre_years y where y.centre_id = ${centre} and y.offer = ${offer} and y.fixed_beds is not null
          and y.report_year <= ${year} order by y.report_year desc limit 1),
        ${now}
      where ${centre} is not null
      on conflict (centre_id, offer) do update set adults = excluded.adults, children = excluded.children, places = excluded.places, updated_at = excluded.updated_at`

/** The tables whose writes change who lives where, or how many places there are. */
const counted = ['adult_stays', 'child_stays', 'centre_years']

// The statistics cache (migration 11) must learn of these writes too: turned-away requests are
// counted (CAP-01, CAP-02), and the annual form's places are the capacity of CAP-03 and CAP-04.
const bump = (select: string) => `insert into statistics_versions (centre_id, version) ${select}
      on conflict (centre_id) do update set version = statistics_versions.version + 1`
const versioned = ['turned_away_requests', 'centre_years']

async function upSqlite(db: AnyDb) {
  for (const table of versioned) {
    await sql
      .raw(
        `create trigger ${table}_statistics_version_insert after insert on ${table} for each row begin
      ${bump('select new.centre_id, 1 where true')};
    end`,
      )
      .execute(db)
    await sql
      .raw(
        `create trigger ${table}_statistics_version_update after update on ${table} for each row begin
      ${bump('select new.centre_id, 1 where true')};
      ${bump('select old.centre_id, 1 where old.centre_id is not new.centre_id')};
    end`,
      )
      .execute(db)
    await sql
      .raw(
        `create trigger ${table}_statistics_version_delete after delete on ${table} for each row begin
      ${bump('select old.centre_id, 1 where true')};
    end`,
      )
      .execute(db)
  }
  const choices = 'turned_away_requests_choices'
  const centreOf = (row: string) => `select r.centre_id, 1 from turned_away_requests r where r.id = ${row}.record_id`
  await sql.raw(`create trigger ${choices}_statistics_version_insert after insert on ${choices} for each row begin ${bump(centreOf('new'))}; end`).execute(db)
  await sql.raw(`create trigger ${choices}_statistics_version_delete after delete on ${choices} for each row begin ${bump(centreOf('old'))}; end`).execute(db)
  await sql.raw(`create trigger ${choices}_statistics_version_update after update on ${choices} for each row begin ${bump(centreOf('new'))}; end`).execute(db)
  const now = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`
  const year = `cast(strftime('%Y', 'now') as integer)`
  for (const table of counted) {
    for (const operation of operations) {
      const rows = operation === 'insert' ? ['new'] : operation === 'delete' ? ['old'] : ['new', 'old']
      const body = rows.map((r) => recount(`${r}.centre_id`, `${r}.offer`, now, year)).join(';\n      ')
      await sql
        .raw(
          `create trigger ${table}_capacity_${operation} after ${operation} on ${table} for each row begin
      ${body};
    end`,
        )
        .execute(db)
    }
  }
}

async function upPostgres(db: AnyDb) {
  // One statement trigger per table and operation, its rows from the transition tables (as the
  // statistics versions of migration 11): an import of thousands of stays recounts each
  // centre and offer once, not once per row. The counts are read under the writer's row-level
  // security, which always sees the centre it writes to.
  await sql`create function ly_recount_capacity() returns trigger language plpgsql as $$
    declare
      changed text := case TG_OP when 'INSERT' then 'ly_new' when 'DELETE' then 'ly_old'
        else '(select centre_id, offer from ly_new union all select centre_id, offer from ly_old)' end;
      pair record;
    begin
      for pair in execute format('select distinct t.centre_id, t.offer from %s t', changed) loop
        ${sql.raw(recount('pair.centre_id', 'pair.offer', `to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`, 'extract(year from now())::int'))};
      end loop;
      return null;
    end
  $$`.execute(db)
  const transitions = { insert: sql`new table as ly_new`, update: sql`old table as ly_old new table as ly_new`, delete: sql`old table as ly_old` }
  for (const table of counted) {
    for (const operation of operations) {
      await sql`create trigger ${sql.raw(`ly_capacity_${operation}`)} after ${sql.raw(operation)} on ${sql.table(table)}
        referencing ${transitions[operation]} for each statement execute function ly_recount_capacity()`.execute(db)
    }
  }
  // Migration 11's function bumps a centre once per transaction; with an argument it reads the
  // centre of ticked options from their parent table.
  const bumped = [...versioned.map((t) => [t, sql``] as const), ['turned_away_requests_choices', sql.lit('turned_away_requests')] as const]
  for (const [table, parent] of bumped) {
    for (const operation of operations) {
      await sql`create trigger ${sql.raw(`ly_statistics_version_${operation}`)} after ${sql.raw(operation)} on ${sql.table(table)}
        referencing ${transitions[operation]} for each statement execute function ly_bump_statistics_version(${parent})`.execute(db)
    }
  }
  // The new registrations are a centre's own, like every other (migration 10).
  await sql`alter table turned_away_requests enable row level security`.execute(db)
  await sql`alter table turned_away_requests force row level security`.execute(db)
  await sql`create policy ly_centre on turned_away_requests using (ly_centre_visible(centre_id)) with check (ly_centre_visible(centre_id))`.execute(db)
  await sql`alter table turned_away_requests_choices enable row level security`.execute(db)
  await sql`alter table turned_away_requests_choices force row level security`.execute(db)
  const visible = sql`exists (select 1 from turned_away_requests r where r.id = record_id)`
  await sql`create policy ly_centre on turned_away_requests_choices using (${visible}) with check (${visible})`.execute(db)
}

export async function down(db: AnyDb): Promise<void> {
  const bumpedTables = [...versioned, 'turned_away_requests_choices']
  if (isPostgres(db)) {
    for (const table of bumpedTables)
      for (const operation of operations) await sql`drop trigger ${sql.raw(`ly_statistics_version_${operation}`)} on ${sql.table(table)}`.execute(db)
    for (const table of counted) {
      for (const operation of operations) await sql`drop trigger ${sql.raw(`ly_capacity_${operation}`)} on ${sql.table(table)}`.execute(db)
    }
    await sql`drop function ly_recount_capacity()`.execute(db)
  } else {
    for (const table of counted) {
      for (const operation of operations) await sql.raw(`drop trigger ${table}_capacity_${operation}`).execute(db)
    }
    for (const table of bumpedTables) for (const operation of operations) await sql.raw(`drop trigger ${table}_statistics_version_${operation}`).execute(db)
  }
  for (const table of ['adult_stays', 'child_stays']) await sql`drop index ${sql.raw(`${table}_open_idx`)}`.execute(db)
  for (const table of ['capacity_tokens', 'capacity_sharing', 'capacity_status', 'turned_away_requests_choices', 'turned_away_requests']) {
    await db.schema.dropTable(table).execute()
  }
}
