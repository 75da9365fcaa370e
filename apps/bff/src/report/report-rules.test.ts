import { describe, expect, it } from 'vitest'
import { quickCallInput, adultCheckOut, adultStayInput, bareDayVisitInput, childCheckOut, childStayInput, dayVisitInput, phoneSessionInput } from '@ly/forms/testing'
import { addOutgoingCalls } from '../db/outgoing-calls'
import { centreDb, importText, jsonl } from '../interchange/testing'
import { buildReport } from './build-model'
import type { ReportModel } from './model'

const valueOf = (model: ReportModel, table: string, row: string, col: string) => {
  const t = model.sections.flatMap((s) => s.tables).find((x) => x.id === table)!
  return t.rows.find((r) => r.key === row)?.cells[t.columns.findIndex((c) => c.key === col)]?.value
}

describe('the report’s figures', () => {
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

  it('print the ratio as «ikke registrert», not 0,0, in a year without outgoing calls', async () => {
    const { db, centreId } = await centreDb('Uten utgående')
    const calls = Array.from({ length: 4 }, (_, i) => ({ form: 'incoming_call', ref: `c${i}`, ...quickCallInput({ call_date: '2025-03-02' }) }))
    expect(await importText(db, centreId, jsonl(calls))).toMatchObject({ ok: true })
    const model = await buildReport(db, { centreId, year: 2025, view: 'internal' })
    const volume = model.sections.flatMap((s) => s.tables).find((t) => t.id === 'tab-phone-volume')!
    const col = volume.columns.findIndex((c) => c.key === '2025')
    const cell = (row: string) => volume.rows.find((r) => r.key === row)!.cells[col]!
    expect(cell('calls').value).toBe(4)
    expect(cell('outgoing_ratio')).toMatchObject({ state: 'not_registered', value: null })
    await db.destroy()
  })

  it('give sex «other» its own row in Figur 4 and Figur 21, apart from unknown', async () => {
    const { db, centreId } = await centreDb('Kjønnssenteret')
    const stays = [
      { form: 'adult_stay', ref: 'a', ...adultStayInput({ stay_start_date: '2025-03-01', sex: 'other' }), ...adultCheckOut('2025-03-08') },
      { form: 'adult_stay', ref: 'b', ...adultStayInput({ stay_start_date: '2025-04-01', sex: 'female' }), ...adultCheckOut('2025-04-03') },
    ]
    expect(await importText(db, centreId, jsonl(stays))).toMatchObject({ ok: true })
    const model = await buildReport(db, { centreId, year: 2025, view: 'internal' })
    expect([valueOf(model, 'fig-04', 'women', '2025'), valueOf(model, 'fig-04', 'other', '2025'), valueOf(model, 'fig-04', 'unknown', '2025')]).toEqual([1, 1, 0])
    expect([
      valueOf(model, 'fig-21', 'women', '2025'),
      valueOf(model, 'fig-21', 'other', '2025'),
      valueOf(model, 'fig-21', 'unknown', '2025'),
      valueOf(model, 'fig-21', 'total', '2025'),
    ]).toEqual([2, 7, 0, 9])
    await db.destroy()
  })

  it('count in the consent table the same records its unit names: the adults’ decisions, not the children’s stays (LY-01)', async () => {
    const { db, centreId } = await centreDb('Samtykkesenteret')
    const lines = [
      { form: 'adult_stay', ref: 'a', ...adultStayInput({ stay_start_date: '2025-03-01' }), ...adultCheckOut('2025-03-08') },
      { form: 'child_stay', ref: 'c', adult_ref: 'a', ...childStayInput({ stay_start_date: '2025-03-01' }), ...childCheckOut('2025-03-08') },
    ]
    expect(await importText(db, centreId, jsonl(lines))).toMatchObject({ ok: true })
    const model = await buildReport(db, { centreId, year: 2025, view: 'internal' })
    const consent = model.sections.flatMap((s) => s.tables).find((t) => t.id === 'tab-consent')!
    expect(valueOf(model, 'tab-consent', 'total', '2025')).toBe(1)
    expect(consent.unit).not.toMatch(/^Registreringer \(opphold, barns opphold/)
    expect(consent.unit).toMatch(/barns opphold følger den voksnes svar og telles ikke/)
    await db.destroy()
  })

  it('import and count a centre’s own 2016 records of an option whose national series starts in 2017', async () => {
    const { db, centreId } = await centreDb('Historiesenteret')
    const line = { form: 'adult_stay', ref: 'a', ...adultStayInput({ stay_start_date: '2016-03-01', violence_types: ['sexual_against_user'] }), ...adultCheckOut('2016-03-08') }
    expect(await importText(db, centreId, jsonl([line]))).toMatchObject({ ok: true })
    const model = await buildReport(db, { centreId, year: 2016, view: 'internal' })
    const fig8 = model.sections.flatMap((s) => s.tables).find((t) => t.id === 'fig-08')!
    const cell = fig8.rows.find((r) => r.key === 'sexual_against_user')!.cells[fig8.columns.findIndex((c) => c.key === '2016')]!
    expect(cell).toMatchObject({ state: 'value', value: 1 })
    await db.destroy()
  })

  it('show a year without a record of the form as «ikke registrert» and compare with nothing, never with a zero (point 10)', async () => {
    const { db, centreId } = await centreDb('Hullsenteret')
    const visits = ['2024-02-01', '2026-02-01', '2026-03-01'].map((d, i) => ({ form: 'day_visit', ref: `v${i}`, ...dayVisitInput({ visit_date: d }) }))
    // Another form in 2025: the centre registered that year, only no day visits.
    const stay = { form: 'adult_stay', ref: 'a', ...adultStayInput({ stay_start_date: '2025-03-01' }), ...adultCheckOut('2025-03-08') }
    expect(await importText(db, centreId, jsonl([...visits, stay]))).toMatchObject({ ok: true })
    const model = await buildReport(db, { centreId, year: 2026, view: 'internal' })
    const volume = model.sections.flatMap((s) => s.tables).find((t) => t.id === 'tab-conv-volume')!
    expect(volume.rows.find((r) => r.key === 'visits')!.cells[volume.columns.findIndex((c) => c.key === '2025')]).toMatchObject({ state: 'not_registered', value: null })
    expect(valueOf(model, 'tab-conv-volume', 'visits', '2026')).toBe(2)
    const sentences = model.sections.find((s) => s.key === 'conversations')!.sentences
    expect(sentences).toContain('Ingen registreringer i 2025 å sammenligne med.')
    expect(sentences.join(' ')).not.toMatch(/flere dagsamtaler enn i 2025/)
    await db.destroy()
  })

  it('print beside the persons how many visits and conversations could not be placed as persons («Vet ikke» or unanswered), hidden when small in the shareable view (point 5)', async () => {
    const { db, centreId } = await centreDb('Vet ikke-senteret')
    const firsts = ['yes', 'yes', 'yes', 'yes', 'yes', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown', null] as const
    const visits = firsts.map((first, i) => ({ form: 'day_visit', ref: `v${i}`, ...dayVisitInput({ visit_date: '2025-03-02', first_visit_in_year: first }) }))
    const sessions = firsts
      .slice(3)
      .map((first, i) => ({ form: 'phone_session', ref: `p${i}`, ...phoneSessionInput({ session_date: '2025-04-02', first_session_in_year: first }) }))
    // A bare visit (no consent) is no one's and nobody unplaced: only the consenting records are counted apart.
    const bare = { form: 'day_visit', ref: 'bare', ...bareDayVisitInput({ visit_date: '2025-03-03' }) }
    expect(await importText(db, centreId, jsonl([...visits, ...sessions, bare]))).toMatchObject({ ok: true })

    const internal = await buildReport(db, { centreId, year: 2025, view: 'internal' })
    expect([valueOf(internal, 'tab-conv-volume', 'users', '2025'), valueOf(internal, 'tab-conv-volume', 'unplaced', '2025')]).toEqual([5, 7])
    expect([valueOf(internal, 'tab-phone-sessions', 'users', '2025'), valueOf(internal, 'tab-phone-sessions', 'unplaced', '2025')]).toEqual([2, 7])
    const sentencesOf = (model: ReportModel, section: string) => model.sections.find((s) => s.key === section)!.sentences
    expect(sentencesOf(internal, 'conversations')).toContain(
      '7 dagsamtaler er ikke telt som personer, fordi det er svart «Vet ikke» eller ikke svart på om det var personens første besøk i år. Antallet personer kan derfor være noe høyere.',
    )
    expect(sentencesOf(internal, 'phone')).toContain(
      '7 enesamtaler er ikke telt som personer, fordi det er svart «Vet ikke» eller ikke svart på om det var personens første samtale i år. Antallet personer kan derfor være noe høyere.',
    )

    // Shareable with a threshold above 7: the count is hidden as any small number, and no sentence states it.
    const shareable = await buildReport(db, { centreId, year: 2025, view: 'shareable', threshold: 7 })
    const volume = shareable.sections.flatMap((s) => s.tables).find((t) => t.id === 'tab-conv-volume')!
    expect(volume.rows.find((r) => r.key === 'unplaced')!.cells[volume.columns.findIndex((c) => c.key === '2025')]!.state).toBe('suppressed')
    expect(sentencesOf(shareable, 'conversations').join(' ')).not.toMatch(/ikke telt som personer/)
    expect(sentencesOf(shareable, 'phone').join(' ')).not.toMatch(/ikke telt som personer/)
    await db.destroy()
  })
})
