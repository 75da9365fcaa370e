import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { statisticsDoc } from '../statistics/statistics-doc'

// `pnpm docs:statistics`: rewrites docs/statistics.md from the indicator catalog.
writeFileSync(fileURLToPath(new URL('../../../../docs/statistics.md', import.meta.url)), statisticsDoc())
