import { spawnSync } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inject } from 'vitest'

const bffRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Runs the real `pnpm ly` entry point (src/cli/main.ts, bundled for this run by
 * cli-global-setup.ts) in a child process, with relative paths (`--db ly.sqlite`) taken from
 * `cwd` as pnpm's INIT_CWD gives them. SQLite unless `env` names a PostgreSQL database: a
 * LY_DATABASE_URL in the tests' own environment must not redirect a SQLite test.
 */
export const runLy = (cwd: string, args: readonly string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(inject('lyBundle'), 'cli.mjs'), ...args], {
    cwd: bffRoot,
    env: { ...process.env, INIT_CWD: cwd, LY_DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  })
