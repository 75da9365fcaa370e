import { describe, expect, it } from 'vitest'
import { adultCheckOut, adultStayInput, bareAdultStayInput, centreYearInput, childCheckOut, childStayInput, turnedAwayInput } from '@ly/forms/testing'
import { adultStayForm, centreYearForm, childStayForm, recordSchema, turnedAwayForm, type FormDef, type RecordValues } from '@ly/forms'
import { insertRecord } from '../db/records'
import { createTestApp, signedInAdmin, signedInUser } from '../testing/test-app'
import type { AnnualFormProposals } from '../statistics/annual-form-proposals'

const URL = '/api/centre-years/proposals'
const parse = (form: FormDef, input: object) => recordSchema(form, { today: '2026-03-01' }).parse(input) as RecordValues

/**
 * A year worked out by hand (the test clock's today is 2 March 2026). The women's offer has 2
 * places in 2025 (its annual form of 2025) and 3 in 2024 (the form of 2023, carried on):
 * - 2025-03-01–05: adult A with a child (nights of 1–4 March, two people) and adult B
 *   (night of 3 March): occupied 2, 2, 3, 2 — full 1–4 March, 4 days;
 * - 2025-06-10–12: adults C and D (nights of 10 and 11 June): full 2 days;
 *   by the stays: 6 full days in 2 runs, the longest 4 days from 1 March;
 * - turned away because the house was full: 5 March (extra bed and other help; it touches
 *   the March run, so the same time), 1 September (referred) and 2 September (nothing): a
 *   third time. One more for another reason (20 May) and one at the men's offer do not count.
 * - 2024: one adult 1–3 February against 3 places: never full, nobody turned away.
 * The men's offer has no places: one request turned away because the house was full (1 April).
 */
async function seeded() {
  const ctx = await createTestApp()
  const admin = await signedInAdmin(ctx)
  const leader = await signedInUser(ctx, admin, 'leder1', 'leader')
  const staff = await signedInUser(ctx, admin, 'vakt1', 'staff')
  const userId = (await ctx.db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id
  const add = (form: FormDef, input: object, parentId?: string) => insertRecord(ctx.db, form, ctx.centre.centreId, userId, parse(form, input), ctx.clock.now(), parentId)
  await add(centreYearForm, centreYearInput({ report_year: 2023, fixed_beds: 3 }))
  await add(centreYearForm, centreYearInput({ report_year: 2025, fixed_beds: 2 }))
  const a = await add(adultStayForm, { ...adultStayInput({ stay_start_date: '2025-03-01' }), ...adultCheckOut('2025-03-05') })
  await add(childStayForm, { ...childStayInput({ stay_start_date: '2025-03-01' }), ...childCheckOut('2025-03-05') }, a)
  await add(adultStayForm, { ...bareAdultStayInput({ stay_start_date: '2025-03-03' }), stay_end_date: '2025-03-04' })
  for (let i = 0; i < 2; i++) await add(adultStayForm, { ...adultStayInput({ stay_start_date: '2025-06-10' }), ...adultCheckOut('2025-06-12') })
  await add(adultStayForm, { ...adultStayInput({ stay_start_date: '2024-02-01' }), ...adultCheckOut('2024-02-03') })
  await add(turnedAwayForm, turnedAwayInput({ request_date: '2025-03-05', action_taken: ['extra_bed', 'other_help'], referred_to_centre: null }))
  await add(turnedAwayForm, turnedAwayInput({ request_date: '2025-09-01', action_taken: ['referred_other_centre'] }))
  await add(turnedAwayForm, turnedAwayInput({ request_date: '2025-09-02', action_taken: ['nothing'], referred_to_centre: null }))
  await add(
    turnedAwayForm,
    turnedAwayInput({ request_date: '2025-05-20', reason: 'outside_target_group', action_taken: ['municipal_emergency_housing'], referred_to_centre: null }),
  )
  await add(turnedAwayForm, turnedAwayInput({ offer: 'men', request_date: '2025-04-01', action_taken: ['extra_bed'], referred_to_centre: null }))
  const get = async (query: string) => {
    const res = await leader.request('GET', `${URL}?${query}`)
    expect(res.status).toBe(200)
    return (await res.json()) as AnnualFormProposals
  }
  return { leader, staff, get }
}

const REASON = '«Botilbudet var fullt»'

describe('GET /api/centre-years/proposals (the annual form’s capacity questions)', () => {
  it('proposes «Ja, flere ganger» from the full days and the requests, and says where each number comes from', async () => {
    const { get } = await seeded()
    const body = await get('year=2025&offer=women')
    expect(body).toMatchObject({ year: 2025, offer: 'women', countedTo: '2025-12-31' })
    expect(body.residential_offer_full).toEqual({
      value: 'yes_several',
      fullDays: 6,
      houseFullRequests: 3,
      episodes: 3,
      reasons: [
        'Ifølge oppholdene registrert i Ly var tilbudet fullt 6 dager i 2025 (målt mot 2 faste sengeplasser). Den lengste sammenhengende perioden var 4 dager, fra 01.03.2025.',
        `3 avviste henvendelser i 2025 har årsaken ${REASON}.`,
        'Til sammen var tilbudet fullt 3 ganger: Ly teller hver sammenhengende periode med fulle dager (etter oppholdene eller de avviste henvendelsene) som én gang.',
      ],
    })
  })

  it('proposes what was done when the house was full, naming each action and what it answers', async () => {
    const { get } = await seeded()
    const { action_when_full } = await get('year=2025&offer=women')
    expect(action_when_full).toEqual({
      value: ['extra_bed', 'help_to_other_centre', 'other'],
      reasons: [
        `Forslaget bygger på hva som ble gjort ved de 3 avviste henvendelsene i 2025 med årsaken ${REASON}:`,
        '«Henvist til et annet krisesenter» ved 1 henvendelse: foreslått som «Hjelper brukerne til å komme seg til annet krisesentertilbud».',
        '«Tok i bruk en ekstra seng/plass» ved 1 henvendelse: foreslått som «Tar i bruk en ekstra seng/plass».',
        '«Annen hjelp» ved 1 henvendelse: foreslått som «Annet».',
        '«Ingenting» ved 1 henvendelse: gir ikke noe svar her.',
      ],
    })
  })

  it('proposes «Nei» for a year that was never full, against the places of an earlier form, and nothing for the actions', async () => {
    const { get } = await seeded()
    const body = await get('year=2024&offer=women')
    expect(body.residential_offer_full).toEqual({
      value: 'no',
      fullDays: 0,
      houseFullRequests: 0,
      episodes: 0,
      reasons: [
        'Ifølge oppholdene registrert i Ly var tilbudet ikke fullt noen dag i 2024 (målt mot 3 faste sengeplasser fra årsskjemaet for 2023).',
        `Ingen avviste henvendelser i 2024 har årsaken ${REASON}.`,
      ],
    })
    expect(body.action_when_full).toEqual({ value: null, reasons: [`Ingen avviste henvendelser i 2024 har årsaken ${REASON}, så Ly har ikke noe forslag her.`] })
  })

  it('without places, proposes from the requests alone and says why the stays could not be used', async () => {
    const { get } = await seeded()
    const body = await get('year=2025&offer=men')
    expect(body.residential_offer_full).toEqual({
      value: 'yes_once',
      fullDays: null,
      houseFullRequests: 1,
      episodes: 1,
      reasons: [
        'Antall faste sengeplasser er ikke oppgitt i årsskjemaet, så Ly kan ikke regne ut fra oppholdene når tilbudet var fullt.',
        `1 avvist henvendelse i 2025 har årsaken ${REASON}.`,
        'Til sammen var tilbudet fullt én gang: Ly teller hver sammenhengende periode med fulle dager (etter oppholdene eller de avviste henvendelsene) som én gang.',
      ],
    })
    expect(body.action_when_full.value).toEqual(['extra_bed'])
  })

  it('has no proposal while the year’s records say nothing, and says how far the running year is counted', async () => {
    const { get } = await seeded()
    const body = await get('year=2026&offer=women')
    expect(body.countedTo).toBe('2026-03-01')
    expect(body.residential_offer_full).toMatchObject({ value: null, fullDays: 0, houseFullRequests: 0, episodes: 0 })
    expect(body.residential_offer_full.reasons).toEqual([
      'Ingen opphold i tilbudet er registrert i Ly for 2026, så oppholdene sier ikke noe om når tilbudet var fullt.',
      `Ingen avviste henvendelser i 2026 har årsaken ${REASON}.`,
      'Ly har derfor ikke noe forslag til svar.',
      'Året er ikke over: oppholdene er talt til og med 01.03.2026.',
    ])
  })

  it('is for leaders and administrators, and refuses a bad year or offer in Norwegian (422)', async () => {
    const { staff, leader } = await seeded()
    expect((await staff.request('GET', `${URL}?year=2025&offer=women`)).status).toBe(403)
    const bad = await leader.request('GET', `${URL}?year=abc&offer=all`)
    expect(bad.status).toBe(422)
    const { error } = (await bad.json()) as { error: { issues: { path: string; message: string }[] } }
    expect(error.issues).toEqual([
      { path: 'year', message: 'Velg et år.' },
      { path: 'offer', message: 'Velg tilbudet til kvinner eller til menn.' },
    ])
  })
})
