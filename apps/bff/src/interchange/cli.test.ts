import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bareDayVisitInput, dayVisitInput } from '@ly/forms/testing'
import { createCentreWithAdmin } from '../bootstrap'
import { openSqlite } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { runLy } from '../testing/cli'
import { TestClock } from '../testing/test-app'
import { jsonl } from './testing'

const ly = (cwd: string, ...args: string[]) => runLy(cwd, args)

// Each run starts a Node process on the bundled CLI; a loaded machine needs a long timeout.
describe('pnpm ly import / export (the real command line)', { timeout: 120_000 }, () => {
  let dir: string
  let centreId: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ly-interchange-'))
    const db = openSqlite(join(dir, 'ly.sqlite'))
    await migrateToLatest(db)
    centreId = (await createCentreWithAdmin(db, new TestClock(), 'Kommandosenteret', 'admin')).centreId
    await db.destroy()
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  async function storedVisits() {
    const db = openSqlite(join(dir, 'ly.sqlite'))
    try {
      return (
        await db
          .selectFrom('day_visits' as never)
          .selectAll()
          .execute()
      ).length
    } finally {
      await db.destroy()
    }
  }

  it('refuses a file with a bad line, printing line, field and message but not the value, and stores nothing', async () => {
    const secret = 'ring meg på 912 34 567'
    writeFileSync(
      join(dir, 'bad.jsonl'),
      jsonl([
        { form: 'day_visit', ref: 'a', ...dayVisitInput() },
        { form: 'day_visit', ref: 'b', ...dayVisitInput({ contact_route: 'other_agency', contact_route_other_text: secret }) },
      ]),
    )
    const run = ly(dir, 'import', 'bad.jsonl', '--centre', centreId, '--db', 'ly.sqlite')
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/^Linje 2: contact_route_other_text: .+\n/)
    expect(run.stderr).toContain('Feil: Importen er avvist: 1 feil på 1 linje. Ingenting er lagret.')
    expect(run.stderr + run.stdout).not.toContain('912')
    expect(await storedVisits()).toBe(0)
  })

  it('imports a good file and exports it again, to stdout and to --out', async () => {
    writeFileSync(
      join(dir, 'good.jsonl'),
      jsonl([
        { form: 'day_visit', ref: 'a', ...dayVisitInput() },
        { form: 'day_visit', ref: 'b', ...bareDayVisitInput({ visit_date: '2026-01-15' }) },
      ]),
    )
    const run = ly(dir, 'import', 'good.jsonl', '--centre', centreId, '--db', 'ly.sqlite')
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe('Importerte 2 registreringer til Kommandosenteret: day_visit 2.\n')
    expect(run.status).toBe(0)
    expect(await storedVisits()).toBe(2)

    const out = ly(dir, 'export', '--year', '2026', '--centre', centreId, '--db', 'ly.sqlite')
    expect(
      out.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { ref: string }).ref),
    ).toEqual(['day_visit-1', 'day_visit-2'])
    const toFile = ly(dir, 'export', '--year', '2026', '--centre', centreId, '--db', 'ly.sqlite', '--out', 'year.csv')
    expect(toFile.stdout).toBe('Skrev 2 registreringer fra 2026 til year.csv.\n')
    expect(readFileSync(join(dir, 'year.csv'), 'utf8')).toMatch(/^form,ref,adult_ref,/)

    // Both exports are in the audit log, with the year and a count but no contents.
    const db = openSqlite(join(dir, 'ly.sqlite'))
    const audited = await db.selectFrom('audit_events').select(['action', 'details']).where('action', '=', 'records.exported').execute()
    await db.destroy()
    expect(audited.map((a) => JSON.parse(a.details!) as unknown)).toEqual([
      { year: 2026, format: 'jsonl', records: 2 },
      { year: 2026, format: 'csv', records: 2 },
    ])

    // The same command again would count both visits twice: refused, until asked for with --again.
    const twice = ly(dir, 'import', 'good.jsonl', '--centre', centreId, '--db', 'ly.sqlite')
    expect(twice.status).toBe(1)
    expect(twice.stderr).toMatch(/^Linje 1: Denne filen ble lest inn i senteret \d{4}-\d{2}-\d{2}\. .* legg til --again\.\n/)
    expect(await storedVisits()).toBe(2)
    const again = ly(dir, 'import', 'good.jsonl', '--centre', centreId, '--db', 'ly.sqlite', '--again')
    expect(again.status, again.stderr).toBe(0)
    expect(await storedVisits()).toBe(4)
  })
})
