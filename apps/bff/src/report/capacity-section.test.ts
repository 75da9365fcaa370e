import { describe, expect, it } from 'vitest'
import { adultCheckOut, adultStayInput, centreYearInput, childCheckOut, childStayInput, turnedAwayInput } from '@ly/forms/testing'
import { createTestApp, signedInAdmin, signedInUser } from '../testing/test-app'
import { buildReport } from './build-model'
import type { ReportModel } from './model'
import { renderHtml } from './render-html'

/**
 * 2025 at a centre with 2 women's places: an adult and her child lived there 1–11 June (10
 * nights, the house full on each), and 7 requests were turned away — 5 because the house was
 * full, 2 outside the target group — each with 2 children: 14 children in all.
 */
async function seeded() {
  const ctx = await createTestApp()
  const admin = await signedInAdmin(ctx)
  const leader = await signedInUser(ctx, admin, 'leder1', 'leader')
  const staff = await signedInUser(ctx, admin, 'vakt1', 'staff')
  const ok = async (res: Response) => {
    expect(res.status, await res.clone().text()).toBe(201)
    return (await res.json()) as { id: string; version: number }
  }
  await ok(await leader.request('POST', '/api/centre-years', centreYearInput({ report_year: 2025, fixed_beds: 2 })))
  const stay = await ok(await staff.request('POST', '/api/adult-stays', { ...adultStayInput({ stay_start_date: '2025-06-01' }), ...adultCheckOut('2025-06-11') }))
  await ok(await staff.request('POST', `/api/child-stays?adult_stay_id=${stay.id}`, { ...childStayInput({ stay_start_date: '2025-06-01' }), ...childCheckOut('2025-06-11') }))
  for (let i = 0; i < 7; i++) {
    await ok(
      await staff.request('POST', '/api/turned-away', turnedAwayInput({ request_date: '2025-06-05', reason: i < 5 ? 'house_full' : 'outside_target_group', children_count: '2' })),
    )
  }
  return ctx
}

const section = (model: ReportModel) => model.sections.find((s) => s.key === 'capacity')!
const numbersIn = (text: string) => (text.match(/\d+(?:,\d+)?/g) ?? []).filter((x) => x !== '2025')

describe('the report section «Kapasitet og avvisninger»', () => {
  it('prints the turned-away requests, children, full days and occupancy, and its sentence uses exactly those figures', async () => {
    const ctx = await seeded()
    const model = await buildReport(ctx.db, { centreId: ctx.centre.centreId, year: 2025, view: 'internal' })
    const capacity = section(model)
    expect(capacity.title).toBe('Kapasitet og avvisninger')
    const table = capacity.tables.find((t) => t.id === 'tab-capacity')!
    const col = table.columns.findIndex((c) => c.key === '2025')
    const value = (row: string) => table.rows.find((r) => r.key === row)!.cells[col]!.value
    expect([value('requests'), value('children'), value('full_days')]).toEqual([7, 14, 10])
    // 20 place-nights of 2 places × 365 days.
    expect(value('occupancy')).toBeCloseTo((20 / (2 * 365)) * 100, 5)

    expect(capacity.sentences).toEqual([
      'I 2025 kunne senteret ikke gi et botilbud ved 7 henvendelser, der 14 barn ville ha kommet med.',
      'Den vanligste årsaken var «Botilbudet var fullt» (71\u00a0%).',
      'Botilbudet var fullt 10 dager i 2025, og beleggsprosenten for 2025 var 2,7 %.',
    ])
    const reasons = capacity.tables.find((t) => t.id === 'tab-turned-away')!
    const houseFull = reasons.rows.find((r) => r.key === '1.house_full')!.cells[0]!
    expect(houseFull).toMatchObject({ value: 5, state: 'value' })
    expect(numbersIn(capacity.sentences.join(' '))).toEqual(['7', '14', '71', '10', '2,7'])
  })

  it('hides small numbers in the shareable report, and the sentence says so instead of giving them', async () => {
    const ctx = await seeded()
    const model = await buildReport(ctx.db, { centreId: ctx.centre.centreId, year: 2025, view: 'shareable' })
    const capacity = section(model)
    const reasons = capacity.tables.find((t) => t.id === 'tab-turned-away')!
    // Two requests outside the target group are too few to print.
    expect(reasons.rows.find((r) => r.key === '1.outside_target_group')!.cells[0]!.state).toBe('suppressed')
    expect(capacity.sentences.join(' ')).not.toMatch(/\b2 henvendelser\b/)
  })

  it('draws the year night by night with the full days marked, and names the table that holds its numbers', async () => {
    const ctx = await seeded()
    const capacity = section(await buildReport(ctx.db, { centreId: ctx.centre.centreId, year: 2025, view: 'internal' }))
    const chart = capacity.occupancy!
    // Two people (the adult and her child) the nights of 1–10 June against 2 places; nobody else.
    expect(chart.days).toHaveLength(365)
    expect(chart.days.filter((d) => d.full).map((d) => d.date)).toEqual(Array.from({ length: 10 }, (_, i) => `2025-06-${String(i + 1).padStart(2, '0')}`))
    expect(chart.days.reduce((sum, d) => sum + (d.occupied ?? 0), 0)).toBe(20)
    expect(chart.caption).toBe('Belegg per dag (voksne og barn) i 2025 mot 2 faste sengeplasser')
    const months = capacity.tables.find((t) => t.id === chart.table)!
    expect(chart.description).toBe(
      `10 dager med fullt botilbud er markert. Den lengste sammenhengende perioden var 10 dager, fra 01.06.2025. Tallene per måned står i tabellen «${months.caption}».`,
    )
    // The table alternative: June's full days are the chart's ten.
    const fullDays = months.columns.findIndex((c) => c.key === 'full_days')
    expect(months.rows.find((r) => r.key === 'm6')!.cells[fullDays]).toMatchObject({ value: 10, state: 'value' })
  })

  it('prints the shareable chart with the full days only, no night’s number of people', async () => {
    const ctx = await seeded()
    const model = await buildReport(ctx.db, { centreId: ctx.centre.centreId, year: 2025, view: 'shareable' })
    const chart = section(model).occupancy!
    expect(chart.days.every((d) => d.occupied === null)).toBe(true)
    expect(chart.days.filter((d) => d.full)).toHaveLength(10)
    expect(chart.caption).toBe('Dager med fullt botilbud i 2025 mot 2 faste sengeplasser')
    expect(chart.note).toBe('Delingsversjonen viser bare dagene med fullt botilbud, ikke hvor mange som bodde der hver natt.')
    const html = renderHtml(model)
    const svg = /<svg role="img"[\s\S]*?<\/svg>/.exec(html)![0]
    expect(svg).toContain(`<title id="fig-occupancy-2025-title">${chart.caption}. ${chart.description}</title>`)
    expect(svg.match(/class="bar bar-full"/g)).toHaveLength(10)
    expect(svg).not.toMatch(/class="bar"/)
    // Before its table alternative, in the section's order.
    expect(html.indexOf('id="fig-occupancy-2025"')).toBeLessThan(html.indexOf('id="tab-turned-away-months"'))
  })

  it('counts the full days of a year without turned-away requests: they come from occupancy, not from that log', async () => {
    // 2 women's places, and a mother and child who lived there 3–6 March (3 full nights); nobody turned away.
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    const leader = await signedInUser(ctx, admin, 'leder1', 'leader')
    const staff = await signedInUser(ctx, admin, 'vakt1', 'staff')
    const ok = async (res: Response) => {
      expect(res.status, await res.clone().text()).toBe(201)
      return (await res.json()) as { id: string }
    }
    await ok(await leader.request('POST', '/api/centre-years', centreYearInput({ report_year: 2025, fixed_beds: 2 })))
    const stay = await ok(await staff.request('POST', '/api/adult-stays', { ...adultStayInput({ stay_start_date: '2025-03-03' }), ...adultCheckOut('2025-03-06') }))
    await ok(await staff.request('POST', `/api/child-stays?adult_stay_id=${stay.id}`, { ...childStayInput({ stay_start_date: '2025-03-03' }), ...childCheckOut('2025-03-06') }))
    const capacity = section(await buildReport(ctx.db, { centreId: ctx.centre.centreId, year: 2025, view: 'internal' }))

    const months = capacity.tables.find((t) => t.id === 'tab-turned-away-months')!
    const column = (key: string) => months.columns.findIndex((c) => c.key === key)
    const cell = (row: string, key: string) => months.rows.find((r) => r.key === row)!.cells[column(key)]!
    expect(cell('m3', 'full_days')).toMatchObject({ value: 3, state: 'value' })
    expect(cell('m7', 'full_days')).toMatchObject({ value: 0, state: 'value' })
    expect(cell('total', 'full_days')).toMatchObject({ value: 3, state: 'value' })
    // The turned-away log itself was never kept in Ly: that column is unknown, not zero.
    expect(cell('m3', 'requests').state).toBe('not_registered')

    const counts = capacity.tables.find((t) => t.id === 'tab-capacity')!
    const year = counts.columns.findIndex((c) => c.key === '2025')
    const count = (row: string) => counts.rows.find((r) => r.key === row)!.cells[year]!
    expect(count('full_days')).toMatchObject({ value: 3, state: 'value' })
    // 6 place-nights of 2 places × 365 days.
    expect(count('occupancy').value).toBeCloseTo((6 / (2 * 365)) * 100, 5)
    expect(count('requests').state).toBe('not_registered')
    expect(capacity.sentences).toEqual([
      'Avviste henvendelser er ikke registrert i Ly for 2025.',
      `Botilbudet var fullt 3 dager i 2025, og beleggsprosenten for 2025 var ${((6 / (2 * 365)) * 100).toFixed(1).replace('.', ',')} %.`,
    ])
  })

  it('has no chart without places', async () => {
    const ctx = await createTestApp()
    const capacity = section(await buildReport(ctx.db, { centreId: ctx.centre.centreId, year: 2025, view: 'internal' }))
    expect(capacity.occupancy).toBeUndefined()
  })
})
