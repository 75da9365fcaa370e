import { describe, expect, it } from 'vitest'
import { listAuditEvents } from '../db/audit'
import type { ReportModel } from '../report/model'
import { readWorkbook } from '../report/testing/read-workbook'
import { seededReportApp } from '../report/testing/seed'
import { TestSession } from '../testing/test-app'

const setup = seededReportApp

describe('GET /api/report', () => {
  it('answers 401 without a session, 403 for staff and the model for leaders', async () => {
    const { ctx, staff, leader } = await setup()
    expect((await new TestSession(ctx.app).request('GET', '/api/report?year=2026')).status).toBe(401)
    expect((await staff.request('GET', '/api/report?year=2026')).status).toBe(403)
    const res = await leader.request('GET', '/api/report?year=2026&view=shareable')
    expect(res.status).toBe(200)
    const model = (await res.json()) as ReportModel
    expect(model).toMatchObject({ year: 2026, view: 'shareable', threshold: 4, mark: ':' })
    expect(model.sections).toHaveLength(9)
  })

  it('refuses a bad year or view with 422', async () => {
    const { leader } = await setup()
    const res = await leader.request('GET', '/api/report?year=abc&view=alt')
    expect(res.status).toBe(422)
    const body = (await res.json()) as { error: { issues: { path: string }[] } }
    expect(body.error.issues.map((i) => i.path).sort()).toEqual(['view', 'year'])
  })
})

describe('PUT /api/report/comments/:section', () => {
  it('saves a comment per centre, year and section, and answers 409 on a stale version', async () => {
    const { ctx, leader, staff } = await setup()
    const put = (body: object, section = 'residential') => leader.request('PUT', `/api/report/comments/${section}`, body)
    const first = await put({ year: 2026, text: 'Flere barn enn før.', version: 0 })
    expect(first.status).toBe(200)
    expect(((await first.json()) as { comment: { version: number } }).comment.version).toBe(1)
    expect((await put({ year: 2026, text: 'Samtidig endring', version: 0 })).status).toBe(409)
    expect((await put({ year: 2026, text: 'Rettet.', version: 1 })).status).toBe(200)
    const model = (await (await leader.request('GET', '/api/report?year=2026')).json()) as ReportModel
    expect(model.sections.find((s) => s.key === 'residential')!.comment).toMatchObject({ text: 'Rettet.', version: 2, updatedBy: 'leder1' })
    const other = (await (await leader.request('GET', '/api/report?year=2025')).json()) as ReportModel
    expect(other.sections.find((s) => s.key === 'residential')!.comment).toBeNull()
    expect((await staff.request('PUT', '/api/report/comments/residential', { year: 2026, text: 'x', version: 2 })).status).toBe(403)
    const audit = await listAuditEvents(ctx.db, ctx.centre.centreId)
    const saved = audit.filter((e) => e.action === 'report.comment_saved')
    expect(saved).toHaveLength(2)
    expect(JSON.stringify(saved)).not.toContain('Rettet')
  })

  it('locks the commentary with the year (423 until a leader reopens it)', async () => {
    const { leader } = await setup()
    expect((await leader.request('POST', '/api/years/2025/lock', {})).status).toBe(200)
    const locked = await leader.request('PUT', '/api/report/comments/residential', { year: 2025, text: 'For sent.', version: 0 })
    expect(locked.status).toBe(423)
    expect(((await locked.json()) as { error: { code: string } }).error.code).toBe('year_locked')
    expect((await leader.request('PUT', '/api/report/comments/residential', { year: 2026, text: 'Åpent år.', version: 0 })).status).toBe(200)
  })

  it('refuses identifiers, overlong text and unknown sections with 422', async () => {
    const { leader } = await setup()
    const put = (text: string, section = 'adults') => leader.request('PUT', `/api/report/comments/${section}`, { year: 2026, text, version: 0 })
    const phone = await put('Ring meg på 912 34 567')
    expect(phone.status).toBe(422)
    expect(((await phone.json()) as { error: { issues: { path: string }[] } }).error.issues[0]!.path).toBe('text')
    expect((await put('a'.repeat(4001))).status).toBe(422)
    expect((await put('Fint', 'nope')).status).toBe(422)
  })
})

describe('GET /api/report/download', () => {
  it('sends the shareable report as a file and records the export without its contents', async () => {
    const { ctx, leader } = await setup()
    const xlsx = await leader.request('GET', '/api/report/download?year=2026&format=xlsx')
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename="arsstatistikk-testsenteret-2026.xlsx"')
    const wb = await readWorkbook(new Uint8Array(await xlsx.arrayBuffer()))
    expect(wb.worksheets).toHaveLength(9)

    const csv = await leader.request('GET', '/api/report/download?year=2026&format=csv&separator=comma')
    expect(csv.headers.get('content-type')).toContain('text/csv')
    expect(await csv.text()).toContain('seksjon,tabell,figur')

    const html = await leader.request('GET', '/api/report/download?year=2026&format=html')
    expect(await html.text()).toContain('Til deling')
    const print = await leader.request('GET', '/api/report/print?year=2026')
    expect(print.headers.get('content-disposition')).toMatch(/^inline;/)

    const exports = (await listAuditEvents(ctx.db, ctx.centre.centreId)).filter((e) => e.action === 'export.report')
    expect(exports.map((e) => JSON.parse(e.details!) as object).reverse()).toEqual([
      { year: 2026, format: 'xlsx' },
      { year: 2026, format: 'csv', separator: 'comma' },
      { year: 2026, format: 'html' },
      { year: 2026, format: 'print' },
    ])
    expect(exports.every((e) => e.actor_username === 'leder1' && e.at)).toBe(true)
  })

  it('is not for staff, and refuses an unknown format', async () => {
    const { staff, leader } = await setup()
    expect((await staff.request('GET', '/api/report/download?year=2026&format=csv')).status).toBe(403)
    expect((await staff.request('GET', '/api/report/print?year=2026')).status).toBe(403)
    expect((await leader.request('GET', '/api/report/download?year=2026&format=pdf')).status).toBe(422)
  })
})

describe('PUT /api/settings/suppression', () => {
  it('lets administrators change the threshold (1–20), audited; leaders only read it', async () => {
    const { ctx, admin, leader } = await setup()
    expect(await (await leader.request('GET', '/api/settings/suppression')).json()).toMatchObject({ threshold: 4, version: 0 })
    expect((await leader.request('PUT', '/api/settings/suppression', { threshold: 5, version: 0 })).status).toBe(403)
    expect((await admin.request('PUT', '/api/settings/suppression', { threshold: 21, version: 0 })).status).toBe(422)
    expect((await admin.request('PUT', '/api/settings/suppression', { threshold: 6, version: 0 })).status).toBe(200)
    expect((await admin.request('PUT', '/api/settings/suppression', { threshold: 7, version: 0 })).status).toBe(409)
    const model = (await (await leader.request('GET', '/api/report?year=2026&view=shareable')).json()) as ReportModel
    expect(model.threshold).toBe(6)
    const audit = (await listAuditEvents(ctx.db, ctx.centre.centreId)).find((e) => e.action === 'settings.suppression_threshold_changed')
    expect(JSON.parse(audit!.details!)).toEqual({ from: 4, to: 6 })
  })
})
