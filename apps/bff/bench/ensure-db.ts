import SQLite from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { forms } from '@ly/forms'
import { migrations } from '../src/db/migrate'
import { buildNationalDb, readNationalMeta, type NationalMeta } from './national-db'

const here = dirname(fileURLToPath(import.meta.url))
export const repoRoot = resolve(here, '../../..')

/** Where the national database is kept between runs (LY_BENCH_DIR overrides). */
export const benchDir = () => process.env.LY_BENCH_DIR ?? join(repoRoot, 'node_modules/.cache/ly-bench')

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourcesUnder(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  )
}

/**
 * A fingerprint of everything the database depends on: the generator's code, the form
 * definitions and the migrations. When any changes, the cached file is rebuilt.
 */
function fingerprint(shape: object): string {
  const hash = createHash('sha256')
  hash.update(JSON.stringify({ shape, forms, migrations: Object.keys(migrations) }))
  for (const file of [...sourcesUnder(resolve(here, '../src/demo')), join(here, 'national-db.ts')].sort()) hash.update(readFileSync(file))
  return hash.digest('hex').slice(0, 12)
}

export interface NationalDb {
  file: string
  meta: NationalMeta
  reused: boolean
}

/** Builds the national database, or reuses the cached one when nothing it depends on changed. */
export async function ensureNationalDb(log: (line: string) => void): Promise<NationalDb> {
  const shape = { centres: 45, years: 20, seed: 1, year: new Date().getFullYear() }
  const dir = benchDir()
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `national-${fingerprint(shape)}.sqlite`)
  if (existsSync(file)) {
    const sqlite = new SQLite(file, { readonly: true })
    try {
      return { file, meta: readNationalMeta(sqlite), reused: true }
    } finally {
      sqlite.close()
    }
  }
  // Older builds are of no use once the generator or the forms changed.
  for (const old of readdirSync(dir).filter((f) => f.startsWith('national-'))) rmSync(join(dir, old), { force: true })
  log(`Bygger nasjonal database (${shape.centres} sentre × ${shape.years} år) i ${dir} …`)
  const meta = await buildNationalDb({ file, ...shape, now: new Date(), log })
  return { file, meta, reused: false }
}
