import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

// One `vitest run` at the root runs every package's tests, each with its own environment, and
// the BFF's tests a second time on PostgreSQL when a test server is given (scripts/test.sh).
export default defineConfig({
  test: {
    projects: ['apps/*', 'packages/*', ...(process.env.LY_TEST_POSTGRES_URL ? ['apps/bff/vitest.postgres.config.ts'] : [])],
    // A worker per core. Vitest's default leaves one core to its main process, which on CI's two
    // cores meant one worker: half the machine idle through the longest stage. The main process
    // only collects results; the tests wait on databases and argon2 as much as they compute.
    maxWorkers: availableParallelism(),
  },
})
