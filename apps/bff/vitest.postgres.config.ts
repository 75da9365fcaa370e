import { defineProject } from 'vitest/config'

/**
 * The BFF's integration and statistics tests once more, on PostgreSQL (issue 10). The root
 * config adds this project when LY_TEST_POSTGRES_URL names a server (scripts/test.sh starts one).
 * Left out: what is SQLite's own (file backups, the crash test on the file) and the tests that
 * drive the CLI on a SQLite file; the CLI on PostgreSQL has its own test (cli/postgres.test.ts).
 */
export default defineProject({
  test: {
    name: 'bff-postgres',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    exclude: ['src/backup/**', 'src/cli/demo.test.ts', 'src/cli/recover-admin.test.ts', 'src/interchange/cli.test.ts'],
    env: { LY_TEST_DB: 'postgres' },
    globalSetup: ['src/testing/postgres-global-setup.ts', 'src/testing/cli-global-setup.ts'],
    // One module graph per worker, not per file (decision 0036): every test builds its own app,
    // database and clock, so nothing of a test outlives it but warm modules. Halves the CPU the
    // BFF's tests take; the web tests (jsdom, React state) stay isolated.
    isolate: false,
    setupFiles: ['src/testing/postgres-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
