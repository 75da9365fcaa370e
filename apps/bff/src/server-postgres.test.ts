import { afterAll, describe, expect, it } from 'vitest'
import { dayVisitInput } from '@ly/forms/testing'
import { newPostgresTestDatabase, postgresAdminUrl } from './testing/postgres'
import { signInOverHttp, startServer, type ServerProcess } from './testing/server-process'

/**
 * Issue 10: the real server on PostgreSQL (LY_DATABASE_URL), started as a process like
 * `npm start` does, and its refusal of a role that row-level security would not bind.
 */
describe.runIf(postgresAdminUrl)('the server on PostgreSQL', { timeout: 120_000 }, () => {
  const servers: ServerProcess[] = []
  afterAll(() => servers.forEach((s) => s.child.kill('SIGTERM')))

  it('migrates, creates the first centre, signs in and stores a registration', async () => {
    const { db, url } = await newPostgresTestDatabase(postgresAdminUrl!)
    const server = await startServer({ LY_DATABASE_URL: url, LY_SECRET_KEY: 'ab'.repeat(32) })
    servers.push(server)
    expect(server.adminPassword).toBeTruthy()
    const admin = await signInOverHttp(server.baseUrl, 'admin', server.adminPassword!)
    const changed = await admin('POST', '/api/auth/password', { currentPassword: server.adminPassword, newPassword: 'et-langt-nytt-passord' })
    expect(changed.status).toBe(200)
    const saved = await admin('POST', '/api/day-visits', dayVisitInput())
    expect(saved.status).toBe(201)
    const listed = await admin('GET', '/api/day-visits?year=2026')
    expect(listed.status).toBe(200)
    expect(JSON.stringify(await listed.json())).toContain(((await saved.json()) as { id: string }).id)
    const stored = await db.selectFrom('centres').select('name').execute()
    expect(stored.map((c) => c.name)).toEqual(['Demosenteret'])
  })

  it('refuses to start as a superuser, whom row-level security would not bind', async () => {
    const refused = await startServer({ LY_DATABASE_URL: postgresAdminUrl!, LY_SECRET_KEY: 'ab'.repeat(32) }).then(
      () => 'started',
      (err: unknown) => String(err),
    )
    expect(refused).toMatch(/er superbruker eller har BYPASSRLS/)
    expect(refused).not.toMatch(/postgres:\/\//)
  })
})
