import { describe, expect, it } from 'vitest'
import { dayVisitInput } from '@ly/forms/testing'
import { countRows, type ErrorBody } from '../testing/stays'
import { createTestApp, signedInAdmin, signedInUser, type TestContext } from '../testing/test-app'

// A made-up name of the kind staff might type by mistake; it belongs to no one.
const NAMED = 'Bor nå hos Testine Oppdiktet'
const PLAIN = 'Bruker rullestol ute'
const visit = (text: string, date = '2026-02-10') => dayVisitInput({ visit_date: date, impairment: ['other'], impairment_other_text: text })

async function team(ctx: TestContext) {
  const admin = await signedInAdmin(ctx)
  return { staff: await signedInUser(ctx, admin, 'vakt1', 'staff'), leader: await signedInUser(ctx, admin, 'leder1', 'leader') }
}

async function expectLikelyName(res: Response, path: string, label: string) {
  expect(res.status, await res.clone().text()).toBe(422)
  const { error } = (await res.json()) as ErrorBody
  expect(error.code).toBe('likely_name')
  expect(error.issues).toEqual([
    {
      path,
      message: `«${label}» kan inneholde et navn (et ord med stor forbokstav midt i setningen). Ly skal ikke lagre navn på personer: fjern navnet, eller bekreft at teksten ikke er et navn og lagre igjen.`,
    },
  ])
  // The message never repeats what was typed.
  expect(JSON.stringify(error)).not.toContain('Testine')
}

describe('a likely name is stored only when the request confirms it (confirmLikelyName, issue 18)', () => {
  it('a record: refused with the field named and nothing stored; stored with confirmLikelyName: true', async () => {
    const ctx = await createTestApp()
    const { staff } = await team(ctx)
    await expectLikelyName(await staff.request('POST', '/api/day-visits', visit(NAMED)), 'impairment_other_text', 'Annen funksjonsnedsettelse, spesifiser')
    await expectLikelyName(
      await staff.request('POST', '/api/day-visits', { ...visit(NAMED), confirmLikelyName: false }),
      'impairment_other_text',
      'Annen funksjonsnedsettelse, spesifiser',
    )
    expect(await countRows(ctx, 'day_visits')).toBe(0)

    const plain = await staff.request('POST', '/api/day-visits', visit(PLAIN))
    expect(plain.status, await plain.clone().text()).toBe(201)
    const confirmed = await staff.request('POST', '/api/day-visits', { ...visit(NAMED), confirmLikelyName: true })
    expect(confirmed.status, await confirmed.clone().text()).toBe(201)
    expect(((await confirmed.json()) as { values: Record<string, unknown> }).values.impairment_other_text).toBe(NAMED)
  })

  it('the flag is a boolean and the record schema still refuses unknown keys and identifiers', async () => {
    const ctx = await createTestApp()
    const { staff } = await team(ctx)
    const bad = await staff.request('POST', '/api/day-visits', { ...visit(NAMED), confirmLikelyName: 'ja' })
    expect(bad.status).toBe(422)
    expect(((await bad.json()) as ErrorBody).error.issues).toEqual([{ path: 'confirmLikelyName', message: 'Må være true eller false.' }])
    const unknown = await staff.request('POST', '/api/day-visits', { ...visit(PLAIN), confirmLikelyName: true, nickname: 'x' })
    expect(((await unknown.json()) as ErrorBody).error.issues).toEqual([{ path: 'nickname', message: 'Ukjent felt.' }])
    // Confirming a name never lets an identifier through.
    const phone = await staff.request('POST', '/api/day-visits', { ...visit('Ring 912 34 567'), confirmLikelyName: true })
    expect(phone.status).toBe(422)
    expect(((await phone.json()) as ErrorBody).error.issues?.[0]?.message).toMatch(/telefonnummer/)
    expect(await countRows(ctx, 'day_visits')).toBe(0)
  })

  it('an update: a new or changed likely name needs the flag; one confirmed before stays confirmed', async () => {
    const ctx = await createTestApp()
    const { staff } = await team(ctx)
    const created = (await (await staff.request('POST', '/api/day-visits', visit(PLAIN))).json()) as { id: string; version: number; values: Record<string, unknown> }
    const url = `/api/day-visits/${created.id}`
    await expectLikelyName(
      await staff.request('PUT', url, { version: 1, values: { ...created.values, impairment_other_text: NAMED } }),
      'impairment_other_text',
      'Annen funksjonsnedsettelse, spesifiser',
    )
    const saved = await staff.request('PUT', url, { version: 1, values: { ...created.values, impairment_other_text: NAMED }, confirmLikelyName: true })
    expect(saved.status, await saved.clone().text()).toBe(200)
    const again = await staff.request('PUT', url, { version: 2, values: { ...created.values, impairment_other_text: NAMED, age: 40 } })
    expect(again.status, await again.clone().text()).toBe(200)
  })

  it("a report comment and a reopened year's reason: the same rule", async () => {
    const ctx = await createTestApp()
    const { leader } = await team(ctx)
    const comment = { year: 2026, text: 'Et år der Testine Oppdiktet ledet huset.', version: 0 }
    await expectLikelyName(await leader.request('PUT', '/api/report/comments/residential', comment), 'text', 'Kommentar')
    expect(await countRows(ctx, 'report_comments')).toBe(0)
    expect((await leader.request('PUT', '/api/report/comments/residential', { ...comment, confirmLikelyName: true })).status).toBe(200)

    expect((await leader.request('POST', '/api/years/2025/lock', {})).status).toBe(200)
    const reason = { reason: 'Avtalt med Testine Oppdiktet i styret.' }
    await expectLikelyName(await leader.request('POST', '/api/years/2025/reopen', reason), 'reason', 'Begrunnelse')
    expect(await ctx.db.selectFrom('year_locks').select('year').execute()).toEqual([{ year: 2025 }])
    expect((await leader.request('POST', '/api/years/2025/reopen', { ...reason, confirmLikelyName: true })).status).toBe(200)
  })
})
