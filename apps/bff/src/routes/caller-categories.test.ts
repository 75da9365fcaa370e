import { describe, expect, it } from 'vitest'
import { quickCallInput } from '@ly/forms/testing'
import { createCentreWithAdmin } from '../bootstrap'
import { createTestApp, signedInAdmin, signedInUser, TestSession, type TestContext } from '../testing/test-app'

type Category = { key: string; label: string; local: boolean; retired: boolean; sortOrder: number; version: number }
type RecordBody = { id: string; version: number; values: Record<string, unknown> }
type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } }
const URL = '/api/settings/caller-categories'

async function sessions(ctx: TestContext) {
  const admin = await signedInAdmin(ctx)
  return { admin, staff: await signedInUser(ctx, admin, 'vakt1', 'staff'), leader: await signedInUser(ctx, admin, 'leder1', 'leader') }
}
const categories = async (s: TestSession) => ((await (await s.request('GET', URL)).json()) as { categories: Category[] }).categories
const find = async (s: TestSession, key: string) => (await categories(s)).find((c) => c.key === key)!

describe('caller categories per centre', () => {
  it("starts from Sarpsborg's categories; everyone reads them, only administrators change them (403)", async () => {
    const ctx = await createTestApp()
    const { admin, staff, leader } = await sessions(ctx)
    const list = await categories(staff)
    expect(list.map((c) => c.key)).toEqual([
      'woman_private',
      'man_private',
      'child_welfare',
      'police',
      'nav',
      'other_crisis_centre',
      'health_services',
      'other_agencies_orgs',
      'lawyer',
    ])
    expect(list.every((c) => c.version === 0 && !c.retired && !c.local)).toBe(true)
    for (const s of [staff, leader]) {
      expect((await s.request('POST', URL, { label: 'Skole' })).status).toBe(403)
      expect((await s.request('PATCH', `${URL}/nav`, { version: 0, label: 'NAV-kontoret' })).status).toBe(403)
      expect((await s.request('PATCH', URL, { order: list.map((c) => c.key) })).status).toBe(403)
    }
    expect((await new TestSession(ctx.app).request('GET', URL)).status).toBe(401)
    expect(await categories(admin)).toEqual(list)
  })

  it('adds a category with a key made from its label; staff can register calls with it', async () => {
    const ctx = await createTestApp()
    const { admin, staff } = await sessions(ctx)
    const res = await admin.request('POST', URL, { label: 'Familievernkontoret' })
    expect(res.status).toBe(201)
    const { category } = (await res.json()) as { category: Category }
    expect(category).toEqual({ key: 'local_familievernkontoret', label: 'Familievernkontoret', local: true, retired: false, sortOrder: 9, version: 1 })
    expect((await staff.request('POST', '/api/incoming-calls', quickCallInput({ caller_type: category.key }))).status).toBe(201)
    const dup = await admin.request('POST', URL, { label: 'familievernkontoret' })
    expect(dup.status).toBe(422)
    const phone = await admin.request('POST', URL, { label: 'Ring 41234567' })
    expect(((await phone.json()) as ErrorBody).error.issues![0]!.message).toMatch(/telefonnummer/)
    expect((await admin.request('POST', URL, { label: 'x' })).status).toBe(422)
  })

  it('renames and retires without losing history: old calls keep key and label, new ones cannot choose it', async () => {
    const ctx = await createTestApp()
    const { admin, staff } = await sessions(ctx)
    const old = (await (await staff.request('POST', '/api/incoming-calls', quickCallInput({ caller_type: 'lawyer' }))).json()) as RecordBody

    const renamed = await admin.request('PATCH', `${URL}/lawyer`, { version: 0, label: 'Advokat/bistandsadvokat' })
    expect(renamed.status).toBe(200)
    expect(((await renamed.json()) as { category: Category }).category).toMatchObject({ label: 'Advokat/bistandsadvokat', version: 1 })
    expect((await admin.request('PATCH', `${URL}/lawyer`, { version: 0, retired: true })).status).toBe(409)
    expect((await admin.request('PATCH', `${URL}/lawyer`, { version: 1, retired: true })).status).toBe(200)

    const refused = await staff.request('POST', '/api/incoming-calls', quickCallInput({ caller_type: 'lawyer' }))
    expect(refused.status).toBe(422)
    expect(((await refused.json()) as ErrorBody).error.issues).toEqual([
      { path: 'caller_type', message: '«Advokat/bistandsadvokat» er tatt ut av bruk og kan ikke velges for nye registreringer.' },
    ])
    // The old call is still there, still editable, and still labelled in the tally.
    const edited = await staff.request('PUT', `/api/incoming-calls/${old.id}`, { version: 1, values: quickCallInput({ caller_type: 'lawyer', call_reason: 'guidance' }) })
    expect(edited.status).toBe(200)
    const tally = (await (await staff.request('GET', '/api/incoming-calls/tally?date=2026-03-02')).json()) as {
      byCallerType: { key: string; label: string; retired: boolean; count: number }[]
    }
    expect(tally.byCallerType.find((c) => c.key === 'lawyer')).toEqual({ key: 'lawyer', label: 'Advokat/bistandsadvokat', retired: true, count: 1 })

    expect((await admin.request('PATCH', `${URL}/lawyer`, { version: 2, retired: false, label: null })).status).toBe(200)
    expect(await find(admin, 'lawyer')).toMatchObject({ label: 'Advokat', retired: false, version: 3 })
    expect((await staff.request('POST', '/api/incoming-calls', quickCallInput({ caller_type: 'lawyer' }))).status).toBe(201)
    expect((await admin.request('PATCH', `${URL}/local_nope`, { version: 0, label: 'Noe' })).status).toBe(404)
  })

  it('reorders the whole list at once; a list that changed meanwhile gets 409', async () => {
    const ctx = await createTestApp()
    const { admin } = await sessions(ctx)
    const keys = (await categories(admin)).map((c) => c.key)
    const reversed = [...keys].reverse()
    const res = await admin.request('PATCH', URL, { order: reversed })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { categories: Category[] }).categories.map((c) => c.key)).toEqual(reversed)
    await admin.request('POST', URL, { label: 'Skole' })
    expect((await admin.request('PATCH', URL, { order: keys })).status).toBe(409)
    expect((await admin.request('PATCH', URL, { order: [...keys, keys[0]] })).status).toBe(422)
  })

  it("never lets one centre see or use another centre's categories", async () => {
    const ctx = await createTestApp()
    const { admin } = await sessions(ctx)
    await admin.request('POST', URL, { label: 'Kommunens egen tjeneste' })
    await admin.request('PATCH', `${URL}/nav`, { version: 0, label: 'NAV Sarpsborg' })
    const other = await createCentreWithAdmin(ctx.db, ctx.clock, 'Nabosenteret', 'admin2')
    const o = new TestSession(ctx.app)
    await o.signInAndSetPassword(other.adminUsername, other.adminPassword)
    const theirs = await categories(o)
    expect(theirs).toHaveLength(9)
    expect(theirs.find((c) => c.key === 'nav')!.label).toBe('NAV')
    const res = await o.request('POST', '/api/incoming-calls', quickCallInput({ caller_type: 'local_kommunens_egen_tjeneste' }))
    expect(res.status).toBe(422)
    expect((await o.request('PATCH', `${URL}/local_kommunens_egen_tjeneste`, { version: 1, retired: true })).status).toBe(404)
  })

  it('audits changes by key and field name, keeps one active category, and answers 422 in Norwegian', async () => {
    const ctx = await createTestApp()
    const { admin } = await sessions(ctx)
    await admin.request('POST', URL, { label: 'Skole' })
    await admin.request('PATCH', `${URL}/police`, { version: 0, label: 'Politiet i distriktet' })
    const events = await ctx.db.selectFrom('audit_events').select(['action', 'details']).where('target_kind', '=', 'caller_categories').orderBy('id').execute()
    expect(events.map((e) => [e.action, JSON.parse(e.details!) as unknown])).toEqual([
      ['settings.option_added', { list: 'caller_categories', key: 'local_skole' }],
      ['settings.option_changed', { list: 'caller_categories', key: 'police', fields: ['label'] }],
    ])
    expect(JSON.stringify(events)).not.toContain('distriktet')

    for (const c of await categories(admin)) {
      if (c.key !== 'nav') await admin.request('PATCH', `${URL}/${c.key}`, { version: c.version, retired: true })
    }
    const last = await admin.request('PATCH', `${URL}/nav`, { version: 0, retired: true })
    expect(last.status).toBe(422)
    expect(((await last.json()) as ErrorBody).error.issues).toEqual([{ path: 'retired', message: 'Minst én kategori må være i bruk.' }])
  })
})
