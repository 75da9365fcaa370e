import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createCentreWithAdmin } from '../bootstrap'
import { openSqlite } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { runLy } from '../testing/cli'
import { TestClock } from '../testing/test-app'

// Each run starts a Node process on the bundled CLI; a loaded machine needs a long timeout.
describe('pnpm ly demo (the real command line)', { timeout: 240_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ly-demo-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('fills a centre in a database file with a labelled demo history, and refuses to do it twice', async () => {
    const file = join(dir, 'ly.sqlite')
    let db = openSqlite(file)
    await migrateToLatest(db)
    const { centreId } = await createCentreWithAdmin(db, new TestClock(), 'Demosenter CLI', 'admin')
    await db.destroy()

    const ly = (...args: string[]) => runLy(dir, args)
    const run = ly('demo', '--centre', centreId, '--years', '2', '--seed', '3', '--db', 'ly.sqlite')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Demodata – ikke ekte registreringer')

    db = openSqlite(file)
    const centre = await db.selectFrom('centres').select('demo_data').where('id', '=', centreId).executeTakeFirstOrThrow()
    const visits = await db
      .selectFrom('day_visits' as never)
      .selectAll()
      .execute()
    await db.destroy()
    expect(centre.demo_data).toBe(1)
    expect(visits.length).toBeGreaterThan(50)

    const again = ly('demo', '--centre', centreId, '--db', 'ly.sqlite')
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('allerede registreringer')

    // With one centre in the database, all centres' figures are that centre's.
    const year = String(new Date().getFullYear() - 1)
    const stats = (centre: string) => {
      const out = ly('stats', '--year', year, '--centre', centre, '--json', '--db', 'ly.sqlite')
      expect(out.status, out.stderr).toBe(0)
      return JSON.parse(out.stdout) as { centre: string; indicators: Record<string, { value: number | null }> }
    }
    const own = stats(centreId)
    const all = stats('all')
    expect(all.centre).toBe('all')
    expect(all.indicators).toEqual(own.indicators)
    expect(own.indicators['D-02']?.value).toBeGreaterThan(0)

    // Periods (decision 0026): the tertials' nights add up to the year's, and a from–to range
    // of the tertial's days is the tertial.
    const period = (...args: string[]) => {
      const out = ly('stats', ...args, '--centre', centreId, '--json', '--db', 'ly.sqlite')
      expect(out.status, out.stderr).toBe(0)
      return JSON.parse(out.stdout) as { period: { from: string; to: string }; indicators: Record<string, { value: number | null }> }
    }
    const tertials = ['T1', 'T2', 'T3'].map((t) => period('--period', `${year}-${t}`))
    expect(tertials.reduce((sum, t) => sum + (t.indicators['R-06']?.value ?? 0), 0)).toBe(own.indicators['R-06']?.value)
    expect(own.indicators['R-06']?.value).toBeGreaterThan(0)
    const range = period('--from', `${year}-05-01`, '--to', `${year}-08-31`)
    expect(range.period).toEqual({ from: `${year}-05-01`, to: `${year}-08-31` })
    expect(range.indicators).toEqual(tertials[1]!.indicators)
    const bad = ly('stats', '--period', `${year}-T4`, '--centre', centreId, '--json', '--db', 'ly.sqlite')
    expect(bad.status).toBe(1)
    expect(bad.stderr).toContain(`Ukjent periode «${year}-T4»`)
  })
})
