import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'bff',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/testing/cli-global-setup.ts'],
    // Route tests sign users in with real argon2 hashing and run the real database; a loaded
    // 2-core machine needs more than the 5 s default. Speed is measured by `pnpm bench`.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
})
