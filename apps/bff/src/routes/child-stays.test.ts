import { describe, expect, it } from 'vitest'
import { generateCaseCode } from '@ly/forms'
import { adultCheckOut, adultStayInput, bareAdultStayInput, bareChildStayInput, childCheckOut, childStayInput } from '@ly/forms/testing'
import { createCentreWithAdmin } from '../bootstrap'
import { countRows, createAdultStay, createChildStay, issuesOf, put, staffSession, type ErrorBody, type StayBody } from '../testing/stays'
import { createTestApp, TestSession, type TestContext } from '../testing/test-app'

async function family(ctx: TestContext) {
  const s = await staffSession(ctx)
  const adult = await createAdultStay(s, adultStayInput())
  const first = await createChildStay(s, adult.id, childStayInput())
  const second = await createChildStay(s, adult.id, childStayInput({ sex: 'boy', age: 3, daycare_school_status: 'kindergarten', stay_start_date: '2026-02-03' }))
  return { s, adult, first, second }
}

const children = async (s: TestSession, adultId: string) => ((await (await s.request('GET', `/api/adult-stays/${adultId}/children`)).json()) as { records: StayBody[] }).records

describe("children's stays: registering from the adult's stay", () => {
  it("registers each child (201) linked to the adult's stay, with its own dates", async () => {
    const ctx = await createTestApp()
    const { s, adult, first, second } = await family(ctx)
    expect(first.parentId).toBe(adult.id)
    expect(second.derived).toEqual({ nights: 27, status: 'open', missing: [] })
    expect((await children(s, adult.id)).map((c) => c.values.age)).toEqual([7, 3])
    // The 201 answers what a read gives: the create builds it without reading back.
    expect(await (await s.request('GET', `/api/child-stays/${second.id}`)).json()).toEqual(second)
    expect(await (await s.request('GET', `/api/adult-stays/${adult.id}`)).json()).toEqual(adult)
  })

  it("needs the adult's stay: missing (422), or of another centre (404)", async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const res = await s.request('POST', '/api/child-stays', childStayInput())
    expect(res.status).toBe(422)
    expect(issuesOf((await res.json()) as ErrorBody)).toEqual([{ path: 'adult_stay_id', message: 'Oppgi hvilken registrering dette hører til (den voksnes opphold).' }])
    const other = await createCentreWithAdmin(ctx.db, ctx.clock, 'Nabosenteret', 'admin2')
    const o = new TestSession(ctx.app)
    await o.signInAndSetPassword(other.adminUsername, other.adminPassword)
    const foreign = await createAdultStay(o, adultStayInput())
    expect((await s.request('POST', `/api/child-stays?adult_stay_id=${foreign.id}`, childStayInput())).status).toBe(404)
    expect(await countRows(ctx, 'child_stays')).toBe(0)
  })

  it("inherits the adult's consent and offer: a different answer is refused (422)", async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const bare = await createAdultStay(s, bareAdultStayInput())
    const res = await s.request('POST', `/api/child-stays?adult_stay_id=${bare.id}`, childStayInput())
    expect(res.status).toBe(422)
    expect(issuesOf((await res.json()) as ErrorBody)).toEqual([{ path: 'consent_to_statistics', message: 'Følger den voksnes opphold, der svaret er «Nei».' }])
    // With the adult's nei the child's record is a bare event too.
    const child = await createChildStay(s, bare.id, bareChildStayInput())
    expect(child.values).toMatchObject({ consent_to_statistics: false, sex: null, assistance: [] })
    const men = await s.request('POST', `/api/child-stays?adult_stay_id=${bare.id}`, bareChildStayInput({ offer: 'men' }))
    expect(issuesOf((await men.json()) as ErrorBody)).toEqual([{ path: 'offer', message: 'Følger den voksnes opphold, der svaret er «Krisesentertilbudet for kvinner».' }])
  })

  it('takes ages 0–17 and keeps a child inside the adult stay (422 with the reason)', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const adult = await createAdultStay(s, adultStayInput())
    const post = async (values: object) => {
      const res = await s.request('POST', `/api/child-stays?adult_stay_id=${adult.id}`, values)
      return { status: res.status, issues: ((await res.json()) as Partial<ErrorBody>).error?.issues ?? [] }
    }
    expect(await post(childStayInput({ age: 18 }))).toEqual({ status: 422, issues: [{ path: 'age', message: 'Kan være høyst 17 år.' }] })
    expect(await post(childStayInput({ stay_start_date: '2026-01-31' }))).toEqual({
      status: 422,
      issues: [{ path: 'stay_start_date', message: 'Barnet kan ikke flytte inn før den voksne (01.02.2026).' }],
    })
    expect((await post(childStayInput({ age: 0, stay_start_date: '2026-02-20' }))).status).toBe(201)
  })

  it('refuses overlapping stays of one case code, children and adults alike', async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const code = generateCaseCode()
    const adult = await createAdultStay(s, adultStayInput())
    await createChildStay(s, adult.id, childStayInput({ case_code: code, first_stay_in_year: null }))
    const again = await s.request(
      'POST',
      `/api/child-stays?adult_stay_id=${adult.id}`,
      childStayInput({ case_code: code, first_stay_in_year: null, stay_start_date: '2026-02-10' }),
    )
    expect(again.status).toBe(422)
    expect(issuesOf((await again.json()) as ErrorBody)[0]?.message).toMatch(/^Saksnummeret har allerede et opphold fra 01\.02\.2026/)
    const asAdult = await s.request('POST', '/api/adult-stays', adultStayInput({ case_code: code, first_stay_in_year: null, stay_start_date: '2026-02-15' }))
    expect(asAdult.status).toBe(422)
  })
})

describe("children's stays: checking out", () => {
  it('checks one child out early, then the adult and the other child the same day', async () => {
    const ctx = await createTestApp()
    const { s, adult, first, second } = await family(ctx)
    const early = await put(s, `/api/child-stays/${first.id}`, 1, childStayInput(childCheckOut('2026-02-10')))
    expect(early.status).toBe(200)
    expect(early.body.derived).toEqual({ nights: 9, status: 'complete', missing: [] })
    // The adult cannot leave while a child is still registered at the centre.
    const blocked = await put(s, `/api/adult-stays/${adult.id}`, 1, adultStayInput(adultCheckOut('2026-02-25')))
    expect(blocked.status).toBe(422)
    expect(issuesOf(blocked.body)).toEqual([{ path: 'stay_end_date', message: 'Ett barn i oppholdet bor fortsatt på senteret. Sjekk ut barna først, samme dag eller tidligere.' }])
    // Nor can a child leave after the adult, once the adult has left.
    expect((await put(s, `/api/child-stays/${second.id}`, 1, childStayInput({ ...childCheckOut('2026-02-25'), sex: 'boy', age: 3, stay_start_date: '2026-02-03' }))).status).toBe(
      200,
    )
    expect((await put(s, `/api/adult-stays/${adult.id}`, 1, adultStayInput(adultCheckOut('2026-02-24')))).status).toBe(422)
    const out = await put(s, `/api/adult-stays/${adult.id}`, 1, adultStayInput(adultCheckOut('2026-02-25')))
    expect(out.status).toBe(200)
    expect(out.body.derived.nights).toBe(24)
    expect((await children(s, adult.id)).map((c) => [c.values.stay_end_date, c.derived.nights])).toEqual([
      ['2026-02-10', 9],
      ['2026-02-25', 22],
    ])
  })

  it("refuses a child's check-out after the adult's, or a child left open after the adult left", async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const adult = await createAdultStay(s, adultStayInput({ stay_end_date: '2026-02-20' }))
    const open = await s.request('POST', `/api/child-stays?adult_stay_id=${adult.id}`, childStayInput())
    expect(issuesOf((await open.json()) as ErrorBody)).toEqual([
      { path: 'stay_end_date', message: 'Den voksne flyttet ut 20.02.2026. Registrer barnets utflyttingsdato, samme dag eller tidligere.' },
    ])
    const late = await s.request('POST', `/api/child-stays?adult_stay_id=${adult.id}`, childStayInput({ stay_end_date: '2026-02-21' }))
    expect(issuesOf((await late.json()) as ErrorBody)).toEqual([{ path: 'stay_end_date', message: 'Barnet kan ikke flytte ut etter den voksne (20.02.2026).' }])
  })
})

describe("children's stays: consent withdrawal and deletion cascade from the adult", () => {
  it("withdrawing the adult's consent erases the children's answers in the same transaction", async () => {
    const ctx = await createTestApp()
    const { s, adult, first } = await family(ctx)
    expect((await s.request('POST', `/api/child-stays/${first.id}/withdraw-consent`, { version: 1 })).status).toBe(409)
    const res = await s.request('POST', `/api/adult-stays/${adult.id}/withdraw-consent`, { version: 1 })
    expect(res.status).toBe(200)
    const kids = await children(s, adult.id)
    for (const kid of kids) {
      expect(kid.values).toMatchObject({ consent_to_statistics: false, offer: 'women', sex: null, age: null, perpetrator_relation: [] })
      expect(kid.version).toBe(2)
    }
    expect(kids.map((k) => k.values.stay_start_date)).toEqual(['2026-02-01', '2026-02-03'])
    expect(await countRows(ctx, 'child_stays_choices')).toBe(0)
    const events = await ctx.db.selectFrom('audit_events').select(['action', 'target_kind', 'details']).where('action', '=', 'record.consent_withdrawn').orderBy('id').execute()
    expect(events.map((e) => e.target_kind)).toEqual(['adult_stay', 'child_stay', 'child_stay'])
    expect(JSON.stringify(events)).not.toMatch(/girl|father|kindergarten/)
  })

  it("an adult's update to consent or offer is carried to the children too", async () => {
    const ctx = await createTestApp()
    const s = await staffSession(ctx)
    const adult = await createAdultStay(s, bareAdultStayInput())
    await createChildStay(s, adult.id, bareChildStayInput())
    expect((await put(s, `/api/adult-stays/${adult.id}`, 1, bareAdultStayInput({ offer: 'men' }))).status).toBe(200)
    expect((await children(s, adult.id))[0]?.values.offer).toBe('men')
  })

  it('deleting an adult stay with children needs an explicit cascade', async () => {
    const ctx = await createTestApp()
    const { s, adult } = await family(ctx)
    const refused = await s.request('DELETE', `/api/adult-stays/${adult.id}`, { version: 1 })
    expect(refused.status).toBe(409)
    expect(((await refused.json()) as ErrorBody).error).toMatchObject({
      code: 'has_children',
      message: 'Oppholdet har 2 barn registrert. Bekreft at også barnas opphold skal slettes.',
    })
    expect(await countRows(ctx, 'child_stays')).toBe(2)
    expect((await s.request('DELETE', `/api/adult-stays/${adult.id}`, { version: 1, cascade: true })).status).toBe(204)
    expect([await countRows(ctx, 'adult_stays'), await countRows(ctx, 'child_stays'), await countRows(ctx, 'child_stays_choices')]).toEqual([0, 0, 0])
    const deleted = await ctx.db.selectFrom('audit_events').select('target_kind').where('action', '=', 'record.deleted').execute()
    expect(deleted.map((e) => e.target_kind).sort()).toEqual(['adult_stay', 'child_stay', 'child_stay'])
  })
})
