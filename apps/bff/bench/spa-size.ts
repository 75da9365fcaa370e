import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { benchDir, repoRoot } from './ensure-db'

export interface SpaSizes {
  /** Where the measured build is, and whether it was built just now. */
  dist: string
  fresh: boolean
  /** Gzipped bytes of the JavaScript index.html loads at once (entry and modulepreloads). */
  initial: { files: string[]; gzip: number } | null
  /** Gzipped bytes of the lazily loaded dashboard chunk(s), null when none exists yet. */
  dashboard: { files: string[]; gzip: number } | null
}

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length

/**
 * Builds the SPA into the bench directory (so a build someone else is running in apps/web/dist
 * is never disturbed), falling back to apps/web/dist if the build fails.
 */
export function measureSpa(log: (line: string) => void): SpaSizes {
  const webRoot = join(repoRoot, 'apps/web')
  const out = join(benchDir(), 'web-dist')
  log('Bygger SPA-en for å måle størrelsen …')
  const build = spawnSync(join(webRoot, 'node_modules/.bin/vite'), ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: webRoot,
    encoding: 'utf8',
    timeout: 300_000,
  })
  const fresh = build.status === 0
  if (!fresh) log(`  SPA-bygget feilet (${build.stderr.trim().split('\n')[0] ?? build.status}); måler apps/web/dist i stedet.`)
  const dist = fresh ? out : join(webRoot, 'dist')
  if (!existsSync(join(dist, 'index.html'))) return { dist, fresh, initial: null, dashboard: null }

  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  // <script type="module" src="…"> and <link rel="modulepreload" href="…">: what the first page load fetches.
  const refs = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!)
  const initialFiles = [...new Set(refs)].map((r) => join(dist, r.replace(/^\//, '')))
  const assets = existsSync(join(dist, 'assets')) ? readdirSync(join(dist, 'assets')) : []
  const dashboardFiles = assets.filter((f) => /dashboard/i.test(f) && f.endsWith('.js')).map((f) => join(dist, 'assets', f))
  const sum = (files: string[]) => ({ files: files.map((f) => f.slice(dist.length + 1)), gzip: files.reduce((n, f) => n + gzipSize(f), 0) })
  return { dist, fresh, initial: initialFiles.length ? sum(initialFiles) : null, dashboard: dashboardFiles.length ? sum(dashboardFiles) : null }
}
