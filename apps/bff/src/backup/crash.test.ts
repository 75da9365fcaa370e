import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { clearInactive, dayVisitForm, recordSchema, type RecordValues } from '@ly/forms'
import { dayVisitInput } from '@ly/forms/testing'
import { openSqlite } from '../db/database'
import { findRecords } from '../db/records'
import { signInOverHttp, startServer } from '../testing/server-process'

const dir = mkdtempSync(join(tmpdir(), 'ly-crash-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/**
 * A power cut mid-stream: registrations are sent to a running Ly, which is killed with SIGKILL
 * while requests are in flight. After a restart every registration answered 201 is there and
 * whole, and any record that exists at all is exactly one of those sent — none half-written.
 */
describe('crash safety', { timeout: 180_000 }, () => {
  it('keeps every answered registration whole after SIGKILL', async () => {
    const dbFile = join(dir, 'ly.sqlite')
    const first = await startServer({ LY_DB: dbFile })
    const call = await signInOverHttp(first.baseUrl, 'admin', first.adminPassword!)
    expect((await call('POST', '/api/auth/password', { currentPassword: first.adminPassword, newPassword: 'et-langt-nytt-passord' })).status).toBe(200)

    // Each registration differs (age and choices), so a stored row can be matched to what was sent.
    const sent = new Map<number, RecordValues>()
    const acknowledged = new Map<string, number>()
    let n = 0
    const sender = async () => {
      for (;;) {
        const age = 16 + (n++ % 90)
        const key = n
        const input = dayVisitInput({ age, visit_date: `2026-0${1 + (key % 2)}-1${key % 10}`, violence_types: key % 3 ? ['psychological'] : ['physical', 'threats'] })
        sent.set(key, input)
        try {
          const res = await call('POST', '/api/day-visits', input)
          if (res.status === 201) acknowledged.set(((await res.json()) as { id: string }).id, key)
        } catch {
          return // the server is gone
        }
      }
    }
    const senders = Promise.all([sender(), sender(), sender(), sender()])
    const started = Date.now()
    while (acknowledged.size < 40 && Date.now() - started < 90_000) await new Promise((r) => setTimeout(r, 5))
    expect(acknowledged.size, 'registrations answered before the kill').toBeGreaterThanOrEqual(40)
    first.child.kill('SIGKILL')
    await senders

    const db = openSqlite(dbFile)
    const centreId = (await db.selectFrom('centres').select('id').executeTakeFirstOrThrow()).id
    const stored = await findRecords(db, dayVisitForm, centreId, {})
    await db.destroy()
    const schema = recordSchema(dayVisitForm, { today: '2026-12-31' })
    const expected = (key: number) => clearInactive(dayVisitForm, schema.parse(sent.get(key)) as RecordValues)

    const storedById = new Map(stored.map((r) => [r.id, r]))
    for (const [id, key] of acknowledged) expect(storedById.get(id)?.values, `answered ${id}`).toEqual(expected(key))
    const canonical = (v: RecordValues) => JSON.stringify(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
    const sentValues = new Set([...sent.keys()].map((k) => canonical(expected(k))))
    for (const r of stored) expect(sentValues.has(canonical(r.values)), `stored ${r.id} is one of those sent`).toBe(true)
    expect(stored.length).toBeGreaterThanOrEqual(acknowledged.size)

    // And Ly starts again on the same file and serves them.
    const second = await startServer({ LY_DB: dbFile })
    const again = await signInOverHttp(second.baseUrl, 'admin', 'et-langt-nytt-passord')
    const someId = [...acknowledged.keys()][0]!
    expect((await again('GET', `/api/day-visits/${someId}`)).status).toBe(200)
    second.child.kill('SIGTERM')
  })
})
