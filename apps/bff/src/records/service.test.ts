import { describe, expect, it } from 'vitest'
import { adultStayForm, childStayForm, dayVisitForm, generateCaseCode, osloToday, recordSchema, type FormDef, type RecordValues } from '@ly/forms'
import { adultCheckOut, adultStayInput, childStayInput, dayVisitInput } from '@ly/forms/testing'
import { createCentreWithAdmin } from '../bootstrap'
import type { Db } from '../db/database'
import { findRecords } from '../db/records'
import { readStatisticsVersions } from '../db/statistics-versions'
import { lockYear } from '../db/year-locks'
import { AppError } from '../errors'
import { importRecords } from '../interchange/import'
import { createTestDb, TestClock } from '../testing/test-app'
import { changeRecord, createRecord, deleteRecordOf, withdrawConsent, type Writer } from './service'

const clock = new TestClock()
const parse = (form: FormDef, input: object) => recordSchema(form, { today: osloToday(clock.now()) }).parse(input) as RecordValues

/** A fresh database with one centre, and its administrator as the writer. */
async function setUp() {
  const db = await createTestDb()
  const { centreId, adminUsername } = await createCentreWithAdmin(db, clock, 'Tjenestesenteret', 'admin-tjeneste')
  const admin = await db.selectFrom('users').select('id').where('username', '=', adminUsername).executeTakeFirstOrThrow()
  const now = clock.now()
  const writer: Writer = { centreId, userId: admin.id, now, today: osloToday(now) }
  return { db, centreId, writer }
}

const auditOf = (db: Db, action: string) => db.selectFrom('audit_events').select(['target_kind', 'target_id', 'details']).where('action', '=', action).execute()
const versionOf = async (db: Db, centreId: string) => (await readStatisticsVersions(db, centreId)).get(centreId) ?? 0

/** An adult's stay over new year with a child who came after new year. */
async function stayWithChild(db: Db, writer: Writer) {
  const adult = await createRecord(db, adultStayForm, writer, { values: parse(adultStayForm, adultStayInput({ stay_start_date: '2024-12-20', ...adultCheckOut('2025-01-10') })) })
  const child = await createRecord(db, childStayForm, writer, {
    values: parse(childStayForm, childStayInput({ stay_start_date: '2025-01-02', stay_end_date: '2025-01-10' })),
    parentId: adult.id,
  })
  return { adult, child }
}

describe('records service: one transaction per write', () => {
  it('a create writes the row, its audit entry and a new statistics version together', async () => {
    const { db, centreId, writer } = await setUp()
    const before = await versionOf(db, centreId)
    const created = await createRecord(db, dayVisitForm, writer, { values: parse(dayVisitForm, dayVisitInput({ visit_date: '2026-02-10' })) })
    expect(await findRecords(db, dayVisitForm, centreId, { ids: [created.id] })).toEqual([created])
    expect(await auditOf(db, 'record.created')).toEqual([{ target_kind: 'day_visit', target_id: created.id, details: JSON.stringify({ consent: true }) }])
    expect(await versionOf(db, centreId)).toBeGreaterThan(before)
  })

  it('a create refused by a rule across records writes nothing: no row, no audit entry, the same statistics version', async () => {
    const { db, centreId, writer } = await setUp()
    const case_code = generateCaseCode()
    await createRecord(db, adultStayForm, writer, { values: parse(adultStayForm, adultStayInput({ case_code, stay_start_date: '2026-02-01' })) })
    const version = await versionOf(db, centreId)
    // One case code is one person, who cannot be in two stays at once.
    const overlapping = createRecord(db, adultStayForm, writer, { values: parse(adultStayForm, adultStayInput({ case_code, stay_start_date: '2026-02-10' })) })
    await expect(overlapping).rejects.toMatchObject({ status: 422, issues: [{ path: 'stay_start_date' }] })
    expect(await findRecords(db, adultStayForm, centreId, {})).toHaveLength(1)
    expect(await auditOf(db, 'record.created')).toHaveLength(1)
    expect(await versionOf(db, centreId)).toBe(version)
  })

  it('a delete refused midway — the children already deleted, then the adult in a locked year — leaves every record as it was', async () => {
    const { db, centreId, writer } = await setUp()
    const { adult, child } = await stayWithChild(db, writer)
    // 2024 is locked: the child (2025 only) may go, the adult (from 2024) may not.
    await lockYear(db, centreId, 2024, writer.userId, clock.now())
    const version = await versionOf(db, centreId)
    const refused = deleteRecordOf(db, adultStayForm, writer, adult.id, { version: adult.version, cascade: true })
    await expect(refused).rejects.toMatchObject({ status: 423, code: 'year_locked' })
    expect(await findRecords(db, childStayForm, centreId, { ids: [child.id] })).toEqual([child])
    expect(await findRecords(db, adultStayForm, centreId, { ids: [adult.id] })).toEqual([adult])
    expect(await auditOf(db, 'record.deleted')).toEqual([])
    expect(await versionOf(db, centreId)).toBe(version)
  })

  it('a change of the adult reaches the child in the same transaction; withdrawing consent erases both, audited each', async () => {
    const { db, centreId, writer } = await setUp()
    const { adult, child } = await stayWithChild(db, writer)
    const moved = await changeRecord(db, adultStayForm, writer, adult.id, { version: adult.version, values: { ...adult.values, offer: 'men' } })
    expect(moved.values.offer).toBe('men')
    const [childAfterMove] = await findRecords(db, childStayForm, centreId, { ids: [child.id] })
    expect(childAfterMove!.values.offer).toBe('men')

    const withdrawn = await withdrawConsent(db, adultStayForm, writer, adult.id, moved.version)
    expect(withdrawn.values.consent_to_statistics).toBe(false)
    expect(withdrawn.values.violence_types).toEqual([])
    const [childAfter] = await findRecords(db, childStayForm, centreId, { ids: [child.id] })
    expect(childAfter!.values).toMatchObject({ consent_to_statistics: false, perpetrator_relation: [], age: null })
    expect((await auditOf(db, 'record.consent_withdrawn')).map((a) => a.target_id).sort()).toEqual([adult.id, child.id].sort())
  })

  it('a child cannot withdraw its inherited consent on its own, and nothing changes', async () => {
    const { db, centreId, writer } = await setUp()
    const { child } = await stayWithChild(db, writer)
    const refused = withdrawConsent(db, childStayForm, writer, child.id, child.version)
    await expect(refused).rejects.toBeInstanceOf(AppError)
    await expect(refused).rejects.toMatchObject({ status: 409, code: 'consent_inherited' })
    expect(await findRecords(db, childStayForm, centreId, { ids: [child.id] })).toEqual([child])
  })
})

describe('records service: the import is held to the same rules', () => {
  it('an imported stay that overlaps a stay of the same case code is refused by line, as a create is, and nothing is written', async () => {
    const { db, centreId, writer } = await setUp()
    const case_code = generateCaseCode()
    await createRecord(db, adultStayForm, writer, { values: parse(adultStayForm, adultStayInput({ case_code, stay_start_date: '2026-02-01' })) })
    const line = JSON.stringify({ form: 'adult_stay', ref: 'a', ...adultStayInput({ case_code, stay_start_date: '2026-02-10' }) })
    const result = await importRecords(db, { centreId, text: `${line}\n`, format: 'jsonl', now: clock.now() })
    expect(result).toEqual({ ok: false, issues: [{ line: 1, path: 'stay_start_date', message: expect.stringMatching(/^Saksnummeret har allerede et opphold/) }] })
    expect(await findRecords(db, adultStayForm, centreId, {})).toHaveLength(1)
  })

  it('an imported record of a locked year is refused by line, the year lock being the same gate', async () => {
    const { db, centreId, writer } = await setUp()
    await lockYear(db, centreId, 2025, writer.userId, clock.now())
    const line = JSON.stringify({ form: 'day_visit', ref: 'a', ...dayVisitInput({ visit_date: '2025-06-10', first_contact_year: 2024 }) })
    const result = await importRecords(db, { centreId, text: `${line}\n`, format: 'jsonl', now: clock.now() })
    expect(result).toEqual({ ok: false, issues: [{ line: 1, path: 'visit_date', message: expect.stringMatching(/^Året 2025 er låst/) }] })
    expect(await findRecords(db, dayVisitForm, centreId, {})).toHaveLength(0)
  })
})
