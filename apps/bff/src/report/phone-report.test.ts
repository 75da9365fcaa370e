import { describe, expect, it } from 'vitest'
import { quickCallInput } from '../../../../packages/forms/src/testing/phone-factories'
import { addOutgoingCalls } from '../db/outgoing-calls'
import { centreDb, importText, jsonl } from '../interchange/testing'
import { buildReport } from './build-model'

describe('the report’s duty-phone figures', () => {
  it('print outgoing calls per incoming call as the ratio (T-01h2), not the number of outgoing calls', async () => {
    const { db, centreId } = await centreDb('Telefonsenteret')
    const calls = Array.from({ length: 10 }, (_, i) => ({ form: 'incoming_call', ref: `c${i}`, ...quickCallInput({ call_date: '2025-03-02', is_crisis_call: i < 2 }) }))
    expect(await importText(db, centreId, jsonl(calls))).toMatchObject({ ok: true })
    const userId = (await db.selectFrom('users').select('id').executeTakeFirstOrThrow()).id
    await addOutgoingCalls(db, { centreId, offer: 'women', date: '2025-03-03', recipientType: 'police' }, 30, userId, new Date('2026-01-01T00:00:00Z'))
    const model = await buildReport(db, { centreId, year: 2025, view: 'internal' })
    const volume = model.sections.flatMap((s) => s.tables).find((t) => t.id === 'tab-phone-volume')!
    const col = volume.columns.findIndex((c) => c.key === '2025')
    const value = (row: string) => volume.rows.find((r) => r.key === row)!.cells[col]!.value
    expect(value('calls')).toBe(10)
    expect(value('outgoing_ratio')).toBe(3)
    expect(model.sections.find((s) => s.key === 'phone')!.sentences).toContain('20\u00a0% av de innkomne samtalene (2 av 10) var krisetelefoner.')
    await db.destroy()
  })
})
