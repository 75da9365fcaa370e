import { describe, expect, it } from 'vitest'
import { insertCentre } from './centres'
import { isPostgres, isUniqueViolation } from './dialect'
import { createTestDb } from '../testing/test-app'

describe('the dialect seam (runs on SQLite and, in bff-postgres, on PostgreSQL)', () => {
  it('knows which database it is on', async () => {
    const db = await createTestDb()
    expect(isPostgres(db)).toBe(process.env.LY_TEST_DB === 'postgres')
  })

  it("recognises a unique violation in either database's words", async () => {
    const db = await createTestDb()
    await insertCentre(db, 'Senter A', new Date())
    const err = await insertCentre(db, 'Senter A', new Date()).then(
      () => null,
      (e: unknown) => e,
    )
    expect(err).not.toBeNull()
    expect(isUniqueViolation(err)).toBe(true)
    expect(isUniqueViolation(new Error('something else'))).toBe(false)
  })

  it('numbers audit events itself, in order', async () => {
    const db = await createTestDb()
    const at = new Date().toISOString()
    for (const action of ['a', 'b'])
      await db.insertInto('audit_events').values({ at, centre_id: null, actor_user_id: null, action, target_kind: null, target_id: null, details: null }).execute()
    const rows = await db.selectFrom('audit_events').select(['id', 'action']).orderBy('id').execute()
    expect(rows.map((r) => r.action)).toEqual(['a', 'b'])
    expect(rows[1]!.id).toBeGreaterThan(rows[0]!.id)
    expect(typeof rows[0]!.id).toBe('number')
  })
})
