import { spawnSync } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const bffRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const tsx = join(bffRoot, 'node_modules/.bin/tsx')

/**
 * Runs the real `pnpm ly` entry point in a child process, with relative paths (`--db ly.sqlite`)
 * taken from `cwd` as pnpm's INIT_CWD gives them. SQLite unless `env` names a PostgreSQL
 * database: a LY_DATABASE_URL in the tests' own environment must not redirect a SQLite test.
 * Starting tsx takes a few seconds on these machines; callers give their tests long timeouts.
 */
export const runLy = (cwd: string, args: readonly string[], env: Record<string, string> = {}) =>
  spawnSync(tsx, ['src/cli/main.ts', ...args], { cwd: bffRoot, env: { ...process.env, INIT_CWD: cwd, LY_DATABASE_URL: '', ...env }, encoding: 'utf8', timeout: 120_000 })
