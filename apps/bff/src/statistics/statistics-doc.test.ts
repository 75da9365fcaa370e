import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { statisticsDoc } from './statistics-doc'

describe('docs/statistics.md', () => {
  it('is up to date with the indicator catalog (run `pnpm docs:statistics`)', () => {
    const file = fileURLToPath(new URL('../../../../docs/statistics.md', import.meta.url))
    expect(readFileSync(file, 'utf8')).toBe(statisticsDoc())
  })
})
