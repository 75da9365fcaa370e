import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'bff',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/testing/cli-global-setup.ts'],
    // One module graph per worker, not per file (decision 0036): every test builds its own app,
    // database and clock, so nothing of a test outlives it but warm modules. Halves the CPU the
    // BFF's tests take; the web tests (jsdom, React state) stay isolated.
    isolate: false,
    // Route tests sign users in with real argon2 hashing and run the real database; a loaded
    // 2-core machine needs more than the 5 s default. Speed is measured by `pnpm bench`.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
})
