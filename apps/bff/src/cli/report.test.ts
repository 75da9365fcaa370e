import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { createCentreWithAdmin } from '../bootstrap'
import { openSqlite } from '../db/database'
import { migrateToLatest } from '../db/migrate'
import { fillCentreWithDemo } from '../demo/fill-centre'
import { reportFile } from '../report/download'
import { TestClock } from '../testing/test-app'
import { runCommand } from './command'
import { reportCommand } from './commands/report'

/**
 * `pnpm ly report --period 2025-T2` (issue 21): the tertial's file, the same as the download
 * of `GET /api/report/download?period=2025-T2`, audited under the tertial's name. In-process on
 * a real SQLite file (the entry point's wiring is help.test.ts' and postgres.test.ts' concern).
 */
describe('pnpm ly report --period', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ly-report-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const file = join(dir, 'ly.sqlite')

  it('writes the tertial’s shareable report, as the download does, and refuses other periods', { timeout: 120_000 }, async () => {
    const db = openSqlite(file)
    await migrateToLatest(db)
    const clock = new TestClock()
    const { centreId } = await createCentreWithAdmin(db, clock, 'Rapportsenteret', 'admin')
    await fillCentreWithDemo(db, centreId, { years: 2, seed: 5, now: clock.now(), scale: 0.1 })
    await db.destroy()

    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const run = (args: string[]) => runCommand(reportCommand, [...args, '--centre', centreId, '--db', file], () => {})
    try {
      await run(['--period', '2025-T2', '--format', 'csv', '--out', join(dir, 't2.csv')])
      await run(['--year', '2025', '--format', 'csv', '--out', join(dir, 'year.csv')])
      expect(stdout).toHaveBeenCalledWith(`Skrev statistikken for 2. tertial 2025 (csv, små tall skjult) til ${join(dir, 't2.csv')}.\n`)
      await expect(run(['--period', '2025-Q2', '--format', 'csv', '--out', join(dir, 'x.csv')])).rejects.toThrow(
        'Rapporten lages for et år eller et tertial: skriv for eksempel 2026 eller 2026-T2, ikke «2025-Q2». (--period)',
      )
      await expect(run(['--period', '2025-T2', '--year', '2025', '--format', 'csv', '--out', join(dir, 'x.csv')])).rejects.toThrow('Velg én av --year og --period.')
      await expect(run(['--format', 'csv', '--out', join(dir, 'x.csv')])).rejects.toThrow(/^Mangler periode: --year ÅÅÅÅ eller --period ÅÅÅÅ-Tn/)
    } finally {
      stdout.mockRestore()
    }

    const again = openSqlite(file)
    try {
      const tertial = readFileSync(join(dir, 't2.csv'), 'utf8')
      expect(tertial).toBe((await reportFile(again, centreId, 2025, 'csv', 'semicolon', 2)).body)
      expect(tertial).toContain('2. tertial 2025')
      expect(readFileSync(join(dir, 'year.csv'), 'utf8')).toBe((await reportFile(again, centreId, 2025, 'csv', 'semicolon')).body)
      expect(tertial).not.toBe(readFileSync(join(dir, 'year.csv'), 'utf8'))
      const audited = await again.selectFrom('audit_events').select('target_id').where('action', '=', 'export.report').execute()
      expect(audited.map((a) => a.target_id).sort()).toEqual(['2025', '2025-T2'])
    } finally {
      await again.destroy()
    }
  })
})
