import { describe, expect, it } from 'vitest'
import {
  bareDayVisitInput,
  dayVisitInput,
  detailedCallInput,
  phoneSessionInput,
  quickCallInput,
  adultCheckOut,
  adultStayInput,
  bareAdultStayInput,
  bareChildStayInput,
  childCheckOut,
  childStayInput,
  turnedAwayInput,
} from '@ly/forms/testing'
import { csvColumns } from './format'
import { exportRecords, writeInterchange } from './export'
import { readJsonLines } from './jsonl'
import { centreDb, importText, jsonl } from './testing'

/** One of every form, bare events, a closed and an open stay, and free text that needs CSV quoting. */
const history = [
  { form: 'adult_stay', ref: 'a-closed', ...adultStayInput({ stay_start_date: '2026-01-10' }), ...adultCheckOut('2026-02-20') },
  { form: 'child_stay', ref: 'c-1', adult_ref: 'a-closed', ...childStayInput({ stay_start_date: '2026-01-10' }), ...childCheckOut('2026-02-20') },
  {
    form: 'child_stay',
    ref: 'c-2',
    adult_ref: 'a-closed',
    ...childStayInput({ stay_start_date: '2026-01-12', sex: 'boy', age: 3, daycare_school_status: 'kindergarten' }),
    stay_end_date: '2026-02-01',
  },
  // Began last year and is still open: belongs to 2026 as well, with its child.
  { form: 'adult_stay', ref: 'a-open', ...bareAdultStayInput({ stay_start_date: '2025-12-20', case_code: 'OLD123' }) },
  { form: 'child_stay', ref: 'c-3', adult_ref: 'a-open', ...bareChildStayInput({ stay_start_date: '2026-01-05' }) },
  { form: 'adult_stay', ref: 'a-2025', ...adultStayInput({ stay_start_date: '2025-03-01' }), ...adultCheckOut('2025-04-01') },
  // In and out on New Year's Day: no night, but still a record of 2026.
  { form: 'adult_stay', ref: 'a-day', ...bareAdultStayInput({ stay_start_date: '2026-01-01' }), stay_end_date: '2026-01-01' },
  { form: 'day_visit', ref: 'v-1', ...dayVisitInput({ contact_route: 'other_agency', contact_route_other_text: 'Familiesenter, "Nord"\nog frivillige' }) },
  { form: 'day_visit', ref: 'v-2', ...bareDayVisitInput({ visit_date: '2026-01-15' }) },
  { form: 'day_visit', ref: 'v-2025', ...bareDayVisitInput({ visit_date: '2025-06-15' }) },
  { form: 'phone_session', ref: 'p-1', ...phoneSessionInput() },
  { form: 'incoming_call', ref: 'i-1', ...quickCallInput() },
  { form: 'incoming_call', ref: 'i-2', ...detailedCallInput({ call_date: '2026-02-11' }) },
  { form: 'turned_away', ref: 't-1', ...turnedAwayInput() },
  {
    form: 'turned_away',
    ref: 't-2',
    ...turnedAwayInput({ request_date: '2026-02-12', reason: 'needs_other_service_first', action_taken: ['nothing'], referred_to_centre: null, children_count: '0' }),
  },
]

/** A file's records without refs, each child's adult_ref replaced by its adult's record. */
function comparable(text: string) {
  const lines = readJsonLines(text).lines.map((l) => l.data)
  const byRef = new Map(lines.map((l) => [l.ref, l]))
  const strip = (l: Record<string, unknown>): Record<string, unknown> => {
    const { ref: _ref, adult_ref, ...rest } = l
    const clean = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)))
    return adult_ref === undefined ? clean : { ...clean, adult: strip(byRef.get(adult_ref)!) }
  }
  return lines.map(strip).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
}

async function exported(db: Awaited<ReturnType<typeof centreDb>>['db'], centreId: string, format: 'jsonl' | 'csv' = 'jsonl') {
  return writeInterchange(await exportRecords(db, centreId, 2026), format)
}

describe('export and import: round trip', () => {
  it('exports a year as the records that were imported, and re-imports to the same file (JSON Lines)', async () => {
    const a = await centreDb('A')
    expect(await importText(a.db, a.centreId, jsonl(history))).toMatchObject({ ok: true })
    const first = await exported(a.db, a.centreId)
    const inYear = history.filter((r) => !r.ref.endsWith('2025'))
    expect(comparable(first)).toEqual(comparable(jsonl(inYear)))

    const b = await centreDb('B')
    expect(await importText(b.db, b.centreId, first)).toEqual({
      ok: true,
      counts: { adult_stay: 3, child_stay: 3, day_visit: 2, phone_session: 1, incoming_call: 2, turned_away: 2 },
    })
    expect(await exported(b.db, b.centreId)).toBe(first)
  })

  it('puts a stay that ends on 1 January in both years’ files: its nights are the year before’s, its move-out January’s (issue 17 point 6)', async () => {
    const a = await centreDb('A')
    const stay = { form: 'adult_stay', ref: 'a-new-year', ...adultStayInput({ stay_start_date: '2025-12-20' }), ...adultCheckOut('2026-01-01') }
    expect(await importText(a.db, a.centreId, jsonl([stay]))).toMatchObject({ ok: true })
    const stays = async (year: number) => (await exportRecords(a.db, a.centreId, year)).filter((l) => l.form === 'adult_stay').map((l) => [l.stay_start_date, l.stay_end_date])
    expect(await stays(2025)).toEqual([['2025-12-20', '2026-01-01']])
    expect(await stays(2026)).toEqual([['2025-12-20', '2026-01-01']])
    expect(await stays(2027)).toEqual([])
  })

  it('writes refs per form, children pointing at their adult, keys in the README order', async () => {
    const a = await centreDb('A')
    await importText(a.db, a.centreId, jsonl(history))
    const lines = readJsonLines(await exported(a.db, a.centreId)).lines.map((l) => l.data)
    expect(lines.map((l) => l.ref)).toEqual([
      'adult_stay-1',
      'adult_stay-2',
      'adult_stay-3',
      'child_stay-1',
      'child_stay-2',
      'child_stay-3',
      'day_visit-1',
      'day_visit-2',
      'phone_session-1',
      'incoming_call-1',
      'incoming_call-2',
      'turned_away-1',
      'turned_away-2',
    ])
    expect(lines.filter((l) => l.form === 'child_stay').map((l) => l.adult_ref)).toEqual(['adult_stay-1', 'adult_stay-3', 'adult_stay-3'])
    expect(Object.keys(lines[0]!).slice(0, 4)).toEqual(['form', 'ref', 'case_code', 'offer'])
    expect(Object.keys(lines[3]!).slice(0, 3)).toEqual(['form', 'ref', 'adult_ref'])
  })

  it('round-trips through CSV: one file, a column per key of all forms, read back as written', async () => {
    const a = await centreDb('A')
    await importText(a.db, a.centreId, jsonl(history))
    const csv = await exported(a.db, a.centreId, 'csv')
    expect(csv.split('\r\n')[0]).toBe(csvColumns().join(','))
    expect(csv).toContain('"Familiesenter, ""Nord""\nog frivillige"')
    expect(csv).toMatch(/,psychological\|threats,/)

    const c = await centreDb('C')
    expect(await importText(c.db, c.centreId, csv, 'csv')).toMatchObject({ ok: true })
    expect(await exported(c.db, c.centreId, 'csv')).toBe(csv)
    expect(await exported(c.db, c.centreId)).toBe(await exported(a.db, a.centreId))
  })

  it('reports CSV problems by the line the record starts on', async () => {
    const { db, centreId } = await centreDb()
    const text = ['form,ref,consent_to_statistics,offer,visit_date,impairment,impairment_other_text,shoe_size', 'day_visit,a,false,women,2026-01-02,,,']
    expect(await importText(db, centreId, text.join('\n'), 'csv')).toEqual({ ok: false, issues: [{ line: 1, path: 'shoe_size', message: 'Ukjent kolonne.' }] })
    const rows = [
      'form,ref,consent_to_statistics,offer,visit_date,age,impairment,impairment_other_text,in_scope',
      'day_visit,a,true,women,2026-01-02,40,other,"to\nlinjer",',
      'day_visit,b,ja,women,2026-01-02,førti,,,',
      'day_visit,c,true,women,2026-01-02,,,,true',
      'day_visit,d,true,women',
      'day_visit,e,true,women,2026-01-02,,none|other,,',
    ]
    const result = await importText(db, centreId, rows.join('\n'), 'csv')
    expect(result).toEqual({
      ok: false,
      issues: [
        { line: 4, path: 'consent_to_statistics', message: 'Svar ja eller nei.' },
        { line: 4, path: 'age', message: 'Må være et tall.' },
        { line: 5, path: 'in_scope', message: 'Ukjent felt i skjemaet day_visit.' },
        { line: 6, message: 'Linjen har 4 felt, men overskriften har 9.' },
        { line: 7, path: 'impairment', message: expect.stringContaining('kan ikke kombineres') },
      ],
    })
  })

  // Decision 0037: «first … in the year» was a yes/no boolean. Files written before hold
  // true/false, or nothing (allowed then); they import as «ja»/«nei»/«ikke besvart» and export
  // in today's words: «Vet ikke» round-trips.
  it('imports a file of the old format (first-in-year as true/false, or left out) and exports today’s keys', async () => {
    const old = [
      { form: 'day_visit', ref: 'v-yes', ...dayVisitInput({ visit_date: '2026-01-02' }), first_visit_in_year: true },
      { form: 'day_visit', ref: 'v-no', ...dayVisitInput({ visit_date: '2026-01-03' }), first_visit_in_year: false },
      { form: 'day_visit', ref: 'v-blank', ...dayVisitInput({ visit_date: '2026-01-04', first_visit_in_year: null }) },
      { form: 'phone_session', ref: 'p-no', ...phoneSessionInput(), first_session_in_year: false },
      { form: 'adult_stay', ref: 'a-yes', ...adultStayInput({ stay_start_date: '2026-01-10' }), first_stay_in_year: true },
    ]
    const a = await centreDb('A')
    expect(await importText(a.db, a.centreId, jsonl(old))).toMatchObject({ ok: true })
    const lines = readJsonLines(await exported(a.db, a.centreId)).lines.map((l) => l.data)
    const answerOf = (form: string, date: string) => lines.find((l) => l.form === form && Object.values(l).includes(date))
    expect(answerOf('day_visit', '2026-01-02')?.first_visit_in_year).toBe('yes')
    expect(answerOf('day_visit', '2026-01-03')?.first_visit_in_year).toBe('no')
    // Unanswered stays unanswered: left out of the export, never guessed.
    expect(answerOf('day_visit', '2026-01-04')).not.toHaveProperty('first_visit_in_year')
    expect(lines.find((l) => l.form === 'phone_session')?.first_session_in_year).toBe('no')
    expect(answerOf('adult_stay', '2026-01-10')?.first_stay_in_year).toBe('yes')

    // The same from CSV, where the old files say TRUE/FALSE in any case.
    const csv = ['form,ref,consent_to_statistics,offer,visit_date,first_visit_in_year', 'day_visit,x,true,women,2026-01-05,TRUE', 'day_visit,y,true,women,2026-01-06,false']
    const c = await centreDb('C')
    expect(await importText(c.db, c.centreId, csv.join('\n'), 'csv')).toMatchObject({ ok: true })
    const rows = (await exported(c.db, c.centreId, 'csv')).split('\r\n')
    // visit_date, visit_location (unanswered), first_visit_in_year.
    expect(rows[1]).toContain(',2026-01-05,,yes,')
    expect(rows[2]).toContain(',2026-01-06,,no,')

    // Today's file: «Vet ikke» goes out and comes back as itself.
    const b = await centreDb('B')
    const unknown = { form: 'day_visit', ref: 'v-unknown', ...dayVisitInput({ first_visit_in_year: 'unknown' }) }
    expect(await importText(b.db, b.centreId, jsonl([unknown]))).toMatchObject({ ok: true })
    const text = await exported(b.db, b.centreId)
    expect(text).toContain('"first_visit_in_year":"unknown"')
    const d = await centreDb('D')
    expect(await importText(d.db, d.centreId, text)).toMatchObject({ ok: true })
    expect(await exported(d.db, d.centreId)).toBe(text)
  })

  it('refuses a first-in-year answer that is neither a key nor an old yes/no', async () => {
    const { db, centreId } = await centreDb()
    const line = { form: 'day_visit', ref: 'v', ...dayVisitInput(), first_visit_in_year: 'kanskje' }
    expect(await importText(db, centreId, jsonl([line]))).toEqual({ ok: false, issues: [{ line: 1, path: 'first_visit_in_year', message: 'Ugyldig valg.' }] })
  })
})
