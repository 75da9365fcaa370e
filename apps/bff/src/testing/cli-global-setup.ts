import { execFileSync } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

const bffRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run's bundle of the server and the `pnpm ly` command line is (build.mjs). */
    lyBundle: string
  }
}

/**
 * Bundles the server and the command line once per test run with the production build
 * (build.mjs), so each test that starts them (runLy, startServer) runs plain Node on the bundle
 * instead of tsx compiling the whole BFF again: a tsx start costs seconds of CPU, and the CLI
 * tests start it dozens of times. Inside apps/bff,
 * so the external native modules resolve; one directory per project, as the SQLite and the
 * PostgreSQL projects set up at the same time.
 */
export default function setup(project: TestProject) {
  const outdir = join(bffRoot, 'node_modules/.cache/ly-test-cli', project.name)
  execFileSync(process.execPath, ['build.mjs', '--outdir', outdir], { cwd: bffRoot, stdio: 'inherit' })
  project.provide('lyBundle', outdir)
}
