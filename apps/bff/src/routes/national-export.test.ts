import { describe, expect, it } from 'vitest'
import { listAuditEvents } from '../db/audit'
import type { ReportTable } from '../report/model'
import { seededReportApp } from '../report/testing/seed'

const setup = seededReportApp

type Rec = Record<string, unknown>

describe('GET /api/national-export', () => {
  it('exports consenting records without case code, exact age or free text, small answers hidden', async () => {
    const { ctx, leader } = await setup()
    const res = await leader.request('GET', '/api/national-export?year=2026&kind=records&format=json')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="nasjonal-registreringer-2026.json"')
    const { records, threshold } = (await res.json()) as { records: Rec[]; threshold: number }
    const visits = records.filter((r) => r.form === 'day_visit')
    expect(visits).toHaveLength(21) // 20 first visits and one repeat; the two without consent are left out
    for (const r of records) {
      expect(r).not.toHaveProperty('case_code')
      expect(r).not.toHaveProperty('age')
      expect(Object.keys(r).some((k) => k.endsWith('_text'))).toBe(false)
      expect(r).not.toHaveProperty('consent_to_statistics')
    }
    // Dates are months, and here every month has too few visits to show.
    expect(visits.every((v) => v.visit_date === ':' || /^2026-\d\d$/.test(String(v.visit_date)))).toBe(true)
    // Within each form, no answer given by 1–4 records is left in the clear.
    for (const form of new Set(records.map((r) => r.form))) {
      const counts = new Map<string, number>()
      for (const r of records.filter((x) => x.form === form)) {
        for (const [k, v] of Object.entries(r)) {
          if (k === 'ref' || k === 'adult_ref' || k === 'form' || v === null) continue
          for (const item of Array.isArray(v) ? v : [v]) counts.set(`${k}=${String(item)}`, (counts.get(`${k}=${String(item)}`) ?? 0) + 1)
        }
      }
      for (const [key, n] of counts) if (!key.endsWith('=:')) expect(n > threshold, `${String(form)} ${key}`).toBe(true)
    }
    const csv = await (await leader.request('GET', '/api/national-export?year=2026&kind=records&format=csv')).text()
    expect(csv.split('\r\n')[0]).toMatch(/^form,ref,adult_ref,/)
    const audit = (await listAuditEvents(ctx.db, ctx.centre.centreId)).filter((e) => e.action === 'export.national')
    expect(audit.map((e) => JSON.parse(e.details!) as object)).toEqual([
      { year: 2026, kind: 'records', format: 'csv' },
      { year: 2026, kind: 'records', format: 'json' },
    ])
  })

  it('exports the aggregate tables suppressed', async () => {
    const { leader } = await setup()
    const { tables } = (await (await leader.request('GET', '/api/national-export?year=2026&kind=aggregate&format=json')).json()) as { tables: ReportTable[] }
    expect(tables.map((t) => t.id)).toContain('nat-day_visit-municipality_affiliation')
    for (const t of tables)
      for (const row of t.rows) for (const c of row.cells) if (row.kind !== 'measure' && c.state === 'value' && c.value !== null) expect(c.value === 0 || c.value > 4).toBe(true)
    expect(tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).some((c) => c.state === 'suppressed')).toBe(true)
    const csv = await (await leader.request('GET', '/api/national-export?year=2026&kind=aggregate&format=csv')).text()
    expect(csv).toContain('Nasjonale tabeller,nat-volumes')
  })

  it('is not for staff and refuses an unknown kind', async () => {
    const { staff, leader } = await setup()
    expect((await staff.request('GET', '/api/national-export?year=2026&kind=records')).status).toBe(403)
    expect((await leader.request('GET', '/api/national-export?year=2026&kind=people')).status).toBe(422)
  })
})
