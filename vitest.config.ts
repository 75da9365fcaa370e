import { defineConfig } from 'vitest/config'

// One `vitest run` at the root runs every package's tests, each with its own environment, and
// the BFF's tests a second time on PostgreSQL when a test server is given (scripts/test.sh).
export default defineConfig({
  test: {
    projects: ['apps/*', 'packages/*', ...(process.env.LY_TEST_POSTGRES_URL ? ['apps/bff/vitest.postgres.config.ts'] : [])],
  },
})
