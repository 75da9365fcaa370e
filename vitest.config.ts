import { defineConfig } from 'vitest/config'

// One `vitest run` at the root runs every package's tests, each with its own environment.
export default defineConfig({
  test: {
    projects: ['apps/*', 'packages/*'],
  },
})
