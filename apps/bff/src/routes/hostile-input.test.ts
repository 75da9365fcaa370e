import fc from 'fast-check'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allFormDefs, centreYearForm, choicesTable, forms, type FormDef } from '@ly/forms'
import { centreYearInput, dayVisitInput, phoneSessionInput, quickCallInput, adultStayInput, childStayInput, turnedAwayInput } from '@ly/forms/testing'
import { createCentreWithAdmin } from '../bootstrap'
import { isPostgres } from '../db/dialect'
import { insertRecord } from '../db/records'
import { applyMutation, mutation, type Body, type Target } from '../testing/hostile'
import { createTestApp, signedInAdmin, signedInUser, TestSession, type TestContext } from '../testing/test-app'
import { RULE_KEYS } from '../quality/rules'

/**
 * Thousands of generated invalid and hostile payloads against every write route of the API
 * (issue 8): wrong types, huge strings, identifiers in free text, unknown keys, answers without
 * consent, another centre's ids, broken JSON, no session, no CSRF token. Each must get a specific
 * error — never a 500 — with a Norwegian message, and leave every stored table as it was.
 */
const ALLOWED = new Set([400, 401, 403, 404, 409, 413, 415, 422, 423])
/** zod's and Hono's English defaults: none may reach a user. */
const ENGLISH = /\b(Invalid|Expected|Required|Unrecognized|received|must be|Bad Request|Unauthorized|Malformed)\b/

type Role = 'staff' | 'leader' | 'admin' | 'none'
interface Ids {
  dayVisit: string
  phoneSession: string
  call: string
  turnedAway: string
  feedToken: string
  adult: string
  child: string
  centreYear: string
  staffUser: string
  other: { dayVisit: string; phoneSession: string; call: string; turnedAway: string; adult: string; child: string; centreYear: string; admin: string }
}
interface RouteSpec extends Omit<Target, 'body'> {
  /** As Hono lists it: "POST /api/day-visits/:id". */
  route: string
  as: Role
  path: (ids: Ids) => string
  body: (ids: Ids) => Body
  /** The same request naming another centre's record or user: must answer 404. */
  otherCentre?: (ids: Ids) => string
}

const version = { version: 1 }
const recordRoutes = (
  base: string,
  key: keyof Omit<Ids, 'other' | 'staffUser' | 'feedToken'>,
  input: () => Body,
  extra: Pick<RouteSpec, 'freeText' | 'consentKey'>,
  create?: (ids: Ids) => string,
): RouteSpec[] => [
  { route: `POST ${base}`, as: 'staff', path: (ids) => (create ? create(ids) : base), body: input, ...extra },
  {
    route: `PUT ${base}/:id`,
    as: 'staff',
    path: (ids) => `${base}/${ids[key]}`,
    body: () => ({ version: 1, values: input() }),
    otherCentre: (ids) => `${base}/${ids.other[key]}`,
    ...extra,
  },
  ...(extra.consentKey
    ? [
        {
          route: `POST ${base}/:id/withdraw-consent`,
          as: 'staff' as const,
          path: (ids: Ids) => `${base}/${ids[key]}/withdraw-consent`,
          body: () => version,
          otherCentre: (ids: Ids) => `${base}/${ids.other[key]}/withdraw-consent`,
        },
      ]
    : []),
  { route: `DELETE ${base}/:id`, as: 'staff', path: (ids) => `${base}/${ids[key]}`, body: () => version, otherCentre: (ids) => `${base}/${ids.other[key]}` },
]

const visit = () => dayVisitInput({ impairment: ['other'], impairment_other_text: 'Bruker rullestol', first_contact_year: 2024 }) as Body
const consent = { consentKey: 'consent_to_statistics' }
/** The year the setup already holds, so even a body that stayed valid is refused (409). */
const centreYear = () => centreYearInput({ residents_offers: ['intake_conversation', 'other'], residents_offers_other_text: 'Kurs i selvhevdelse' }) as Body
const specs: RouteSpec[] = [
  { route: 'POST /api/auth/sign-in', as: 'none', path: () => '/api/auth/sign-in', body: () => ({ username: 'vakt1', password: 'ikke-passordet-her' }) },
  { route: 'POST /api/auth/password', as: 'staff', path: () => '/api/auth/password', body: () => ({ currentPassword: 'ikke-passordet-her', newPassword: 'et-helt-nytt-passord' }) },
  { route: 'POST /api/auth/lock', as: 'staff', path: () => '/api/auth/lock', body: () => ({}) },
  { route: 'POST /api/auth/unlock', as: 'staff', path: () => '/api/auth/unlock', body: () => ({ password: 'ikke-passordet-her' }) },
  { route: 'POST /api/auth/totp/enrolment', as: 'staff', path: () => '/api/auth/totp/enrolment', body: () => ({}) },
  { route: 'POST /api/auth/totp/enrolment/confirm', as: 'staff', path: () => '/api/auth/totp/enrolment/confirm', body: () => ({ code: '123456' }) },
  { route: 'POST /api/users', as: 'admin', path: () => '/api/users', body: () => ({ username: 'ny-bruker', role: 'staff' }) },
  {
    route: 'PATCH /api/users/:id',
    as: 'admin',
    path: (ids) => `/api/users/${ids.staffUser}`,
    body: () => ({ version: 2, role: 'leader' }),
    otherCentre: (ids) => `/api/users/${ids.other.admin}`,
  },
  {
    route: 'POST /api/users/:id/reset-password',
    as: 'admin',
    path: (ids) => `/api/users/${ids.staffUser}/reset-password`,
    body: () => ({ version: 2 }),
    otherCentre: (ids) => `/api/users/${ids.other.admin}/reset-password`,
  },
  {
    route: 'POST /api/users/:id/reset-totp',
    as: 'admin',
    path: (ids) => `/api/users/${ids.staffUser}/reset-totp`,
    body: () => ({ version: 2 }),
    otherCentre: (ids) => `/api/users/${ids.other.admin}/reset-totp`,
  },
  ...recordRoutes('/api/day-visits', 'dayVisit', visit, { freeText: ['impairment_other_text'], ...consent }),
  ...recordRoutes('/api/phone-sessions', 'phoneSession', () => phoneSessionInput({ first_contact_year: 2024 }), consent),
  ...recordRoutes('/api/adult-stays', 'adult', () => adultStayInput({ stay_start_date: '2026-02-20' }), consent),
  ...recordRoutes(
    '/api/child-stays',
    'child',
    () => childStayInput({ stay_start_date: '2026-02-20' }),
    consent,
    (ids) => `/api/child-stays?adult_stay_id=${ids.adult}`,
  ),
  ...recordRoutes('/api/incoming-calls', 'call', () => quickCallInput(), {}),
  ...recordRoutes('/api/centre-years', 'centreYear', centreYear, { freeText: ['residents_offers_other_text'] }).map((s) => ({ ...s, as: 'leader' as const })),
  { route: 'POST /api/centre-years/:id/withdraw-consent', as: 'leader', path: (ids) => `/api/centre-years/${ids.centreYear}/withdraw-consent`, body: () => version },
  ...recordRoutes('/api/turned-away', 'turnedAway', () => turnedAwayInput(), {}),
  { route: 'POST /api/turned-away/:id/withdraw-consent', as: 'staff', path: (ids) => `/api/turned-away/${ids.turnedAway}/withdraw-consent`, body: () => version },
  {
    route: 'POST /api/settings/referral-centres',
    as: 'admin',
    path: () => '/api/settings/referral-centres',
    body: () => ({ label: 'Krisesenteret i Nabobyen' }),
    freeText: ['label'],
  },
  { route: 'PATCH /api/settings/referral-centres', as: 'admin', path: () => '/api/settings/referral-centres', body: () => ({ order: ['unlisted_centre'] }) },
  {
    route: 'PATCH /api/settings/referral-centres/:key',
    as: 'admin',
    path: () => '/api/settings/referral-centres/unlisted_centre',
    body: () => ({ version: 0, label: 'Et annet krisesenter' }),
    freeText: ['label'],
  },
  // Sharing stays off: a body that stayed valid would still turn it on, so it is sent as `true`
  // only through mutations; the unchanged body is refused by the role (staff).
  { route: 'PUT /api/capacity/sharing', as: 'staff', path: () => '/api/capacity/sharing', body: () => ({ shared: true }) },
  { route: 'POST /api/capacity/tokens', as: 'admin', path: () => '/api/capacity/tokens', body: () => ({ label: 'Regional oversikt' }), freeText: ['label'] },
  { route: 'POST /api/capacity/tokens/:id/revoke', as: 'admin', path: (ids) => `/api/capacity/tokens/${ids.feedToken}-finnes-ikke/revoke`, body: () => ({}) },
  { route: 'POST /api/incoming-calls/:id/withdraw-consent', as: 'staff', path: (ids) => `/api/incoming-calls/${ids.call}/withdraw-consent`, body: () => version },
  { route: 'POST /api/incoming-calls/undo-last', as: 'staff', path: () => '/api/incoming-calls/undo-last', body: () => ({ id: 'finnes-ikke' }) },
  {
    route: 'POST /api/outgoing-calls/add',
    as: 'staff',
    path: () => '/api/outgoing-calls/add',
    body: () => ({ date: '2026-03-01', offer: 'women', recipient_type: 'police', delta: 1 }),
  },
  { route: 'POST /api/settings/caller-categories', as: 'admin', path: () => '/api/settings/caller-categories', body: () => ({ label: 'Familievernet' }), freeText: ['label'] },
  { route: 'PATCH /api/settings/caller-categories', as: 'admin', path: () => '/api/settings/caller-categories', body: () => ({ order: ['police'] }) },
  {
    route: 'PATCH /api/settings/caller-categories/:key',
    as: 'admin',
    path: () => '/api/settings/caller-categories/police',
    body: () => ({ version: 0, label: 'Politiet i distriktet' }),
    freeText: ['label'],
  },
  {
    route: 'PUT /api/report/comments/:section',
    as: 'leader',
    path: () => '/api/report/comments/intro',
    body: () => ({ year: 2025, text: 'Et rolig år.', version: 0 }),
    freeText: ['text'],
  },
  { route: 'PUT /api/settings/suppression', as: 'admin', path: () => '/api/settings/suppression', body: () => ({ threshold: 5, version: 0 }) },
  {
    route: 'PUT /api/settings/security',
    as: 'admin',
    path: () => '/api/settings/security',
    body: () => ({ requireTotp: false, idleLockMinutes: 7, retentionMonths: 30, version: 0 }),
  },
  { route: 'POST /api/years/:year/lock', as: 'leader', path: () => '/api/years/2024/lock', body: () => ({}) },
  { route: 'POST /api/years/:year/reopen', as: 'leader', path: () => '/api/years/2023/reopen', body: () => ({ reason: 'Et besøk manglet.' }), freeText: ['reason'] },
  {
    route: 'POST /api/quality/checked',
    as: 'leader',
    path: () => '/api/quality/checked',
    body: (ids) => ({ year: 2026, rule: RULE_KEYS[0], id: ids.dayVisit, reason: 'Sjekket mot papirene.' }),
    freeText: ['reason'],
  },
]
/** Write routes that take no input to attack, with why; they still get the session/CSRF cases. */
const NO_INPUT: Record<string, string> = {
  'POST /api/auth/sign-out': 'ends the session whatever the body says',
  'POST /api/case-codes': 'hands out a new random code and stores nothing',
}

let ctx: TestContext
let sessions: Record<Exclude<Role, 'none'>, TestSession>
let ids: Ids
let tables: string[]
let baseline: string

async function snapshot(): Promise<string> {
  const parts = []
  for (const t of tables)
    parts.push(
      JSON.stringify(
        await ctx.db
          .selectFrom(t as never)
          .selectAll()
          .execute(),
      ),
    )
  return parts.join('\n')
}

/**
 * Every insert, update or delete on a stored table is logged by temporary triggers, so each
 * request is checked with one cheap query; the full snapshot is compared at the end as well.
 */
async function watchWrites() {
  if (isPostgres(ctx.db)) {
    // PostgreSQL: temp tables live per pooled connection, so a plain table and one trigger function.
    await sql`create table hostile_writes (tbl text not null)`.execute(ctx.db)
    await sql
      .raw(`create function hostile_log() returns trigger language plpgsql as $$ begin insert into hostile_writes values (tg_table_name); return null; end $$`)
      .execute(ctx.db)
    for (const t of tables)
      await sql.raw(`create trigger "hostile_${t}" after insert or update or delete on "${t}" for each statement execute function hostile_log()`).execute(ctx.db)
    return
  }
  await sql`create temp table hostile_writes (tbl text not null)`.execute(ctx.db)
  for (const t of tables) {
    for (const op of ['insert', 'update', 'delete']) {
      await sql.raw(`create temp trigger "hostile_${t}_${op}" after ${op} on main."${t}" begin insert into hostile_writes values ('${t}'); end`).execute(ctx.db)
    }
  }
}
const writtenTables = async () => (await sql<{ tbl: string }>`select distinct tbl from hostile_writes`.execute(ctx.db)).rows.map((r) => r.tbl)

async function send(spec: { as: Role }, method: string, path: string, body: string, contentType: string, headers: Record<string, string> = {}) {
  const session = spec.as === 'none' ? new TestSession(ctx.app) : sessions[spec.as]
  return session.request(method, path, body, { 'content-type': contentType, ...headers })
}

async function expectRefused(res: Response, what: string) {
  const text = await res.text()
  expect(ALLOWED.has(res.status), `${what} → ${res.status} ${text.slice(0, 300)}`).toBe(true)
  const { error } = JSON.parse(text) as { error: { code: string; message: string; issues?: { path: string; message: string }[] } }
  expect(error.code, what).toMatch(/^[a-z_]+$/)
  expect(error.message, what).toMatch(/[a-zæøå]{2}/i)
  expect(error.message, what).not.toMatch(ENGLISH)
  if (res.status === 422) {
    expect(error.issues?.length, what).toBeGreaterThan(0)
    for (const issue of error.issues ?? []) {
      expect(typeof issue.path, what).toBe('string')
      expect(issue.message, what).not.toMatch(ENGLISH)
    }
  }
  expect(await writtenTables(), `${what} wrote to stored tables`).toEqual([])
}

beforeAll(async () => {
  ctx = await createTestApp({ throttle: { windowMinutes: 15, perAccount: 1_000_000, perAddress: 1_000_000 } })
  const admin = await signedInAdmin(ctx)
  sessions = { admin, staff: await signedInUser(ctx, admin, 'vakt1', 'staff'), leader: await signedInUser(ctx, admin, 'leder1', 'leader') }
  const created = async (path: string, body: Body) => ((await (await sessions.staff.request('POST', path, body)).json()) as { id: string }).id
  const adult = await created('/api/adult-stays', adultStayInput())
  const users = ((await (await admin.request('GET', '/api/users')).json()) as { users: { id: string; username: string }[] }).users
  // Another centre, its records written straight into storage: only their ids matter here.
  const other = await createCentreWithAdmin(ctx.db, ctx.clock, 'Nabosenteret', 'admin-nabo')
  const otherRecord = (form: FormDef, values: Body, parent?: string) =>
    ctx.db.transaction().execute((trx) => insertRecord(trx, form, other.centreId, null, values as never, ctx.clock.now(), parent))
  const otherAdult = await otherRecord(forms.adult_stay, adultStayInput())
  ids = {
    dayVisit: await created('/api/day-visits', visit()),
    phoneSession: await created('/api/phone-sessions', phoneSessionInput()),
    call: await created('/api/incoming-calls', quickCallInput()),
    turnedAway: await created('/api/turned-away', turnedAwayInput()),
    feedToken: ((await (await admin.request('POST', '/api/capacity/tokens', { label: 'Oversikt' })).json()) as { id: string }).id,
    adult,
    child: await created(`/api/child-stays?adult_stay_id=${adult}`, childStayInput()),
    centreYear: ((await (await sessions.leader.request('POST', '/api/centre-years', centreYear())).json()) as { id: string }).id,
    staffUser: users.find((u) => u.username === 'vakt1')!.id,
    other: {
      dayVisit: await otherRecord(forms.day_visit, visit()),
      phoneSession: await otherRecord(forms.phone_session, phoneSessionInput()),
      call: await otherRecord(forms.incoming_call, quickCallInput()),
      turnedAway: await otherRecord(forms.turned_away, turnedAwayInput()),
      adult: otherAdult,
      child: await otherRecord(forms.child_stay, childStayInput(), otherAdult),
      centreYear: await otherRecord(centreYearForm, centreYear()),
      admin: (await ctx.db.selectFrom('users').select('id').where('username', '=', 'admin-nabo').executeTakeFirstOrThrow()).id,
    },
  }
  // Past the duty phone's undo window, so "undo my last call" has nothing to undo.
  ctx.clock.advanceMinutes(11)
  const formTables = allFormDefs().flatMap((f) => [f.table, choicesTable(f)])
  tables = [
    ...formTables,
    'users',
    'centres',
    'centre_settings',
    'security_settings',
    'year_locks',
    'year_lock_events',
    'report_comments',
    'outgoing_call_counts',
    'centre_options',
    'capacity_sharing',
    'capacity_tokens',
  ]
  baseline = await snapshot()
  await watchWrites()
}, 60_000)

afterAll(async () => {
  expect(await snapshot()).toBe(baseline)
})

describe('hostile input to every write route', () => {
  it('covers every write route of the API', () => {
    const writes = new Set(ctx.app.routes.filter((r) => r.path.startsWith('/api') && ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method)).map((r) => `${r.method} ${r.path}`))
    const covered = new Set([...specs.map((s) => s.route), ...Object.keys(NO_INPUT)])
    expect(
      [...writes].filter((r) => !covered.has(r)),
      'write routes without hostile-input cases',
    ).toEqual([])
    expect(
      [...covered].filter((r) => !writes.has(r)),
      'cases for routes that no longer exist',
    ).toEqual([])
  })

  it.each(specs.map((s) => [s.route, s] as const))(
    '%s: generated invalid bodies are refused and store nothing',
    async (_route, spec) => {
      const method = spec.route.split(' ')[0]!
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          const sent = applyMutation({ ...spec, body: spec.body(ids) }, m)
          if (!sent) return
          await expectRefused(await send(spec, method, spec.path(ids), sent.body, sent.contentType), `${spec.route} ${m.kind}`)
        }),
        { numRuns: spec.as === 'none' || spec.route.includes('password') || spec.route.includes('unlock') ? 20 : 60 },
      )
    },
    60_000,
  )

  it("another centre's records and users are not found (404), with a valid body", async () => {
    for (const spec of specs.filter((s) => s.otherCentre)) {
      const res = await send(spec, spec.route.split(' ')[0]!, spec.otherCentre!(ids), JSON.stringify(spec.body(ids)), 'application/json')
      // A child's stay refuses withdrawal for any id (its consent is the adult's): 409, no lookup.
      expect(res.status, spec.route).toBe(spec.route === 'POST /api/child-stays/:id/withdraw-consent' ? 409 : 404)
      await expectRefused(res, spec.route)
    }
    const child = await send({ as: 'staff' }, 'POST', `/api/child-stays?adult_stay_id=${ids.other.adult}`, JSON.stringify(childStayInput()), 'application/json')
    expect(child.status).toBe(404)
    await expectRefused(child, 'child of another centre')
  })

  it('without a session, without the CSRF token or from another site, nothing is written', async () => {
    const all = [...specs, ...Object.keys(NO_INPUT).map((route) => ({ route, as: 'staff' as const, path: () => route.split(' ')[1]!, body: () => ({}) }))]
    for (const spec of all) {
      const method = spec.route.split(' ')[0]!
      const body = JSON.stringify(spec.body(ids))
      if (spec.as !== 'none') {
        await expectRefused(await new TestSession(ctx.app).request(method, spec.path(ids), body), `${spec.route} without session`)
        await expectRefused(await send(spec, method, spec.path(ids), body, 'application/json', { 'x-csrf-token': 'forfalsket' }), `${spec.route} bad CSRF`)
      }
      await expectRefused(await send(spec, method, spec.path(ids), body, 'application/json', { 'sec-fetch-site': 'cross-site' }), `${spec.route} cross-site`)
    }
  })
})
