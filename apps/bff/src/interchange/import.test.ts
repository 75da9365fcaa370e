import { describe, expect, it } from 'vitest'
import { bareDayVisitInput, dayVisitInput, adultStayInput, childStayInput } from '@ly/forms/testing'
import { createCentreWithAdmin } from '../bootstrap'
import { TestClock } from '../testing/test-app'
import { importRecords } from './import'
import { formatIssue } from './issues'
import { centreDb, countRows, importText, jsonl, NOW } from './testing'

const visit = (ref: string, overrides = {}) => ({ form: 'day_visit', ref, ...dayVisitInput(overrides) })

describe('import: all or nothing', () => {
  it('imports valid lines in one go, with no user behind them and one audit event of counts', async () => {
    const { db, centreId } = await centreDb()
    const result = await importText(db, centreId, jsonl([visit('a'), { form: 'day_visit', ref: 'b', ...bareDayVisitInput() }]))
    expect(result).toEqual({ ok: true, counts: { day_visit: 2 } })
    const rows = (await db
      .selectFrom('day_visits' as never)
      .selectAll()
      .execute()) as Record<string, unknown>[]
    expect(rows.map((r) => r.created_by)).toEqual([null, null])
    const audit = await db.selectFrom('audit_events').selectAll().where('action', '=', 'records.imported').execute()
    expect(audit).toHaveLength(1)
    expect(JSON.parse(audit[0]!.details!)).toEqual({ day_visit: 2 })
    expect(audit[0]!.actor_user_id).toBeNull()
  })

  it('refuses the whole file for one bad line anywhere, naming every bad line and field', async () => {
    const { db, centreId } = await centreDb()
    const lines = [visit('a'), visit('b', { visit_date: '2026-02-30' }), visit('c'), visit('d', { age: -1 })]
    const result = await importText(db, centreId, jsonl(lines))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map(formatIssue)).toEqual(['Linje 2: visit_date: Må være en gyldig dato.', 'Linje 4: age: Må være minst 16 år.'])
    expect(await countRows(db, 'day_visits')).toBe(0)
    expect(await countRows(db, 'day_visits_choices')).toBe(0)
    expect(await db.selectFrom('audit_events').selectAll().where('action', '=', 'records.imported').execute()).toHaveLength(0)
  })

  it('names malformed JSON, unknown forms and fields, missing and duplicate refs by line', async () => {
    const { db, centreId } = await centreDb()
    const text = [
      JSON.stringify(visit('a')),
      '{"form": "day_visit", "ref": ',
      '',
      JSON.stringify({ form: 'night_visit', ref: 'b' }),
      JSON.stringify({ ...visit('c'), shoe_size: 41 }),
      JSON.stringify(visit('a')),
      JSON.stringify({ ...visit('x'), ref: undefined }),
      '[1, 2]',
    ].join('\n')
    const result = await importText(db, centreId, text)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map(formatIssue)).toEqual([
      'Linje 2: Ugyldig JSON.',
      expect.stringMatching(/^Linje 4: form: Ukjent skjema\. Gyldige skjemaer: .*day_visit/),
      'Linje 5: shoe_size: Ukjent felt i skjemaet day_visit.',
      'Linje 6: ref: Er brukt før, på linje 1. En ref må være unik i filen.',
      'Linje 7: ref: Mangler: hver linje må ha en ref som er unik i filen.',
      'Linje 8: Linjen må være ett JSON-objekt, {…}.',
    ])
    expect(await countRows(db, 'day_visits')).toBe(0)
  })

  it('applies the consent rule: answers without consent are refused', async () => {
    const { db, centreId } = await centreDb()
    const result = await importText(db, centreId, jsonl([{ form: 'day_visit', ref: 'a', ...bareDayVisitInput({ sex: 'female' }) }]))
    expect(result).toEqual({ ok: false, issues: [{ line: 1, path: 'sex', message: 'Kan ikke lagres uten samtykke til statistikk.' }] })
  })

  it('screens free text for identifiers and never repeats the value', async () => {
    const { db, centreId } = await centreDb()
    const text = jsonl([visit('a', { contact_route: 'other_agency', contact_route_other_text: 'skriv til ola@example.com' })])
    const result = await importText(db, centreId, text)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((i) => [i.line, i.path])).toEqual([[1, 'contact_route_other_text']])
    expect(result.issues.map(formatIssue).join('\n')).not.toContain('example.com')
  })

  it('accepts a case code from an earlier system without a check character, and normalises it', async () => {
    const { db, centreId } = await centreDb()
    const result = await importText(db, centreId, jsonl([visit('a', { case_code: 'gml-1234', first_visit_in_year: null })]))
    expect(result).toEqual({ ok: true, counts: { day_visit: 1 } })
    const row = (await db
      .selectFrom('day_visits' as never)
      .selectAll()
      .executeTakeFirstOrThrow()) as Record<string, unknown>
    expect(row.case_code).toBe('GML1234')
  })

  it('still refuses a case code that is not 4–16 letters and digits', async () => {
    const { db, centreId } = await centreDb()
    const result = await importText(db, centreId, jsonl([visit('a', { case_code: 'ÆØÅ', first_visit_in_year: null })]))
    expect(result.ok || result.issues.map(formatIssue)).toEqual(['Linje 1: case_code: Saksnummeret må være 4–16 bokstaver (A–Z) og tall.'])
  })

  it('refuses an empty file', async () => {
    const { db, centreId } = await centreDb()
    expect(await importText(db, centreId, '\n\n')).toEqual({ ok: false, issues: [{ line: 1, message: 'Filen inneholder ingen registreringer.' }] })
  })

  it('refuses a file the centre has imported before, which would count every registration twice — unless asked again', async () => {
    const { db, centreId } = await centreDb()
    const text = jsonl([visit('a'), visit('b')])
    expect(await importText(db, centreId, text)).toEqual({ ok: true, counts: { day_visit: 2 } })
    expect(await importText(db, centreId, text)).toEqual({
      ok: false,
      issues: [{ line: 1, message: 'Denne filen ble lest inn i senteret 2026-03-02. En gang til ville telle hver registrering to ganger. Er det meningen, legg til --again.' }],
    })
    expect(await countRows(db, 'day_visits')).toBe(2)
    // Another file is another import; the same file, asked for again, goes in.
    expect(await importText(db, centreId, jsonl([visit('a')]))).toMatchObject({ ok: true })
    expect(await importRecords(db, { centreId, text, format: 'jsonl', now: NOW, again: true })).toEqual({ ok: true, counts: { day_visit: 2 } })
    expect(await countRows(db, 'day_visits')).toBe(5)
    // The audit trail holds the file's fingerprint, never its lines.
    const audit = await db.selectFrom('audit_events').select(['target_id', 'details']).where('action', '=', 'records.imported').execute()
    expect(audit.map((a) => a.target_id)).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/), expect.stringMatching(/^[0-9a-f]{64}$/), audit[0]!.target_id])
  })

  it('takes a file another centre has imported', async () => {
    const { db, centreId } = await centreDb()
    const other = (await createCentreWithAdmin(db, new TestClock(NOW), 'Nabosenteret', 'admin-nabo')).centreId
    const text = jsonl([visit('a')])
    expect(await importText(db, centreId, text)).toMatchObject({ ok: true })
    expect(await importText(db, other, text)).toMatchObject({ ok: true })
  })
})

describe('import: children and their adults', () => {
  const adult = (ref: string, overrides = {}) => ({ form: 'adult_stay', ref, ...adultStayInput(overrides) })
  const child = (ref: string, adultRef: string | undefined, overrides = {}) => ({ form: 'child_stay', ref, adult_ref: adultRef, ...childStayInput(overrides) })

  it('links a child to its adult by ref, wherever the adult stands in the file', async () => {
    const { db, centreId } = await centreDb()
    const result = await importText(db, centreId, jsonl([child('c1', 'a1'), adult('a1')]))
    expect(result).toEqual({ ok: true, counts: { adult_stay: 1, child_stay: 1 } })
    const [a] = (await db
      .selectFrom('adult_stays' as never)
      .select('id' as never)
      .execute()) as { id: string }[]
    const [c] = (await db
      .selectFrom('child_stays' as never)
      .select('adult_stay_id' as never)
      .execute()) as { adult_stay_id: string }[]
    expect(c!.adult_stay_id).toBe(a!.id)
  })

  it('refuses a child without an adult, with an unknown adult_ref, or pointing at another form', async () => {
    const { db, centreId } = await centreDb()
    const result = await importText(db, centreId, jsonl([visit('v1'), child('c1', undefined), child('c2', 'nobody'), child('c3', 'v1'), { ...visit('v2'), adult_ref: 'v1' }]))
    expect(result.ok || result.issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^Linje 2: adult_ref: Mangler/),
      'Linje 3: adult_ref: Ingen linje i filen har denne ref-en.',
      'Linje 4: adult_ref: Må vise til en linje med skjemaet adult_stay.',
      expect.stringMatching(/^Linje 5: adult_ref: Brukes bare på child_stay/),
    ])
  })

  it('gives the child the adult consent; a child cannot consent when the adult did not', async () => {
    const { db, centreId } = await centreDb()
    const bareAdult = { form: 'adult_stay', ref: 'a1', consent_to_statistics: false, offer: 'women', stay_start_date: '2026-02-01' }
    const withoutConsent = { form: 'child_stay', ref: 'c1', adult_ref: 'a1', stay_start_date: '2026-02-01', sex: 'girl' }
    expect(await importText(db, centreId, jsonl([bareAdult, withoutConsent]))).toEqual({
      ok: false,
      issues: [{ line: 2, path: 'sex', message: 'Kan ikke lagres uten samtykke til statistikk.' }],
    })
    const contradicting = { ...withoutConsent, consent_to_statistics: true }
    const result = await importText(db, centreId, jsonl([bareAdult, contradicting]))
    expect(result.ok || result.issues.map(formatIssue)).toEqual(['Linje 2: consent_to_statistics: Må være det samme som på linje 1, som adult_ref viser til.'])
  })

  it('refuses stays of one case code that overlap, within the file and with stays already stored (the residents rule)', async () => {
    const { db, centreId } = await centreDb()
    const first = adult('a1', { case_code: 'HIST01', first_stay_in_year: null, stay_start_date: '2026-01-05' })
    expect(await importText(db, centreId, jsonl([{ ...first, stay_end_date: '2026-01-20' }]))).toMatchObject({ ok: true })
    const lines = [
      adult('a2', { case_code: 'HIST02', first_stay_in_year: null, stay_start_date: '2026-01-10' }),
      adult('a3', { case_code: 'HIST02', first_stay_in_year: null, stay_start_date: '2026-02-01' }),
      adult('a4', { case_code: 'HIST01', first_stay_in_year: null, stay_start_date: '2026-01-19' }),
      // Leaving and coming back the same day is no overlap.
      { ...adult('a5', { case_code: 'HIST03', first_stay_in_year: null, stay_start_date: '2026-01-10' }), stay_end_date: '2026-01-12' },
      adult('a6', { case_code: 'HIST03', first_stay_in_year: null, stay_start_date: '2026-01-12' }),
    ]
    const result = await importText(db, centreId, jsonl(lines))
    expect(result.ok || result.issues.map((i) => [i.line, i.path, i.message.startsWith('Saksnummeret har allerede et opphold')])).toEqual([
      [2, 'stay_start_date', true],
      [3, 'stay_start_date', true],
    ])
    expect(await countRows(db, 'adult_stays')).toBe(1)
  })

  it('keeps a child within the adult stay (the residents rule)', async () => {
    const { db, centreId } = await centreDb()
    const result = await importText(db, centreId, jsonl([adult('a1', { stay_start_date: '2026-02-10' }), child('c1', 'a1', { stay_start_date: '2026-02-01' })]))
    expect(result.ok || result.issues.map((i) => [i.line, i.path])).toEqual([[2, 'stay_start_date']])
  })
})
