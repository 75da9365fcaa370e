import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createCentreWithAdmin } from '../bootstrap'
import { openSqlite } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { runLy } from '../testing/cli'
import { TestClock } from '../testing/test-app'
import type { QualityReport } from './check'
import { RULE_KEYS } from './rules'
import { QUALITY_FIXTURE_YEAR, seedQualityFixture } from './testing'

// Starting tsx takes a few seconds on these machines, hence the long timeout.
describe('pnpm ly check (the real command line)', { timeout: 240_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ly-check-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it("lists the fixture's findings, as text or JSON, and exits 1; a year with none exits 0", async () => {
    const db = openSqlite(join(dir, 'ly.sqlite'))
    await migrateToLatest(db)
    const clock = new TestClock()
    const { centreId } = await createCentreWithAdmin(db, clock, 'Kontrollsenteret', 'admin')
    const fixture = await seedQualityFixture(db, centreId, clock.now())
    await db.destroy()
    const ly = (...args: string[]) => runLy(dir, [...args, '--centre', centreId, '--db', 'ly.sqlite'])

    const json = ly('check', '--year', String(QUALITY_FIXTURE_YEAR), '--json')
    expect(json.stderr).toBe('')
    expect(json.status).toBe(1)
    const report = JSON.parse(json.stdout) as QualityReport & { centre: string }
    expect(report.centre).toBe(centreId)
    expect(report.rules.map((r) => r.key)).toEqual([...RULE_KEYS])
    // Run on today's date, not the fixture's: the rules that do not depend on the day find the
    // same records (check.test.ts holds the two that do to the fixture's day).
    for (const rule of RULE_KEYS.filter((r) => r !== 'future_date' && r !== 'long_open_stay')) {
      expect(
        report.findings
          .filter((f) => f.rule === rule)
          .map((f) => f.id)
          .sort(),
        rule,
      ).toEqual([...fixture.expected[rule]].sort())
    }

    const text = ly('check', '--year', String(QUALITY_FIXTURE_YEAR))
    expect(text.status).toBe(1)
    expect(text.stdout).toMatch(/^Kvalitetskontroll for Kontrollsenteret, 2025 /)
    expect(text.stdout).toContain('Svar mangler (1)\n')
    expect(text.stdout).toContain('Slik retter du: ')
    expect(text.stdout).toContain(`[day_visit ${fixture.expected.value_not_allowed[0]}]`)

    const clean = ly('check', '--year', '2023')
    expect(clean.stderr).toBe('')
    expect(clean.status).toBe(0)
    expect(clean.stdout).toContain('Ingen funn')

    const wrong = ly('check', '--year', 'tjuefem')
    expect(wrong.status).toBe(1)
    expect(wrong.stderr).toContain('ugyldig --year ÅÅÅÅ')
  })
})
