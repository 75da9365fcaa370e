import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { createApp } from './app'
import { ensureFirstCentre, formatCredentials } from './bootstrap'
import { systemClock } from './clock'
import { openDatabase } from './db/open'
import { migrateToLatest } from './db/migrate'
import { readEnv } from './env'
import { consoleLogger } from './logger'
import { scheduleRetention } from './retention/schedule'
import { scheduleHousekeeping } from './auth/housekeeping'
import { writePidFile } from './backup/pid-file'
import { scheduleBackups } from './backup/schedule'
import { requestsInFlight } from './middleware/in-flight'
import { startWarming } from './statistics/warm'

/** Where the built SPA is: next to the bundled server in production, apps/web/dist in dev. */
function findWebDist(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url))
  const candidates = [process.env.LY_WEB_DIST, resolve(here, '../../web/dist')].filter(Boolean) as string[]
  return candidates.find((p) => existsSync(join(p, 'index.html')))
}

async function main() {
  const env = readEnv()
  if (!env.databaseUrl) mkdirSync(dirname(env.dbPath), { recursive: true, mode: 0o700 })
  const db = await openDatabase({ url: env.databaseUrl, path: env.dbPath, key: env.dbKey })
  await migrateToLatest(db)
  // The pid file guards `pnpm ly restore` and the file backups: both are SQLite's. PostgreSQL's
  // backups are the server's own tools (docs/deploy.md).
  const removePidFile = env.databaseUrl ? () => {} : writePidFile(env.dbPath)
  const created = await ensureFirstCentre(db, systemClock)
  // The one place a password is ever printed: the first administrator's one-time password.
  if (created) process.stdout.write(formatCredentials(created))

  const webDist = findWebDist()
  const app = createApp(
    { db, clock: systemClock, logger: consoleLogger, config: env.config },
    {
      mountStatic: (app) => {
        if (!webDist) return
        const indexHtml = readFileSync(join(webDist, 'index.html'), 'utf8')
        app.use('/assets/*', serveStatic({ root: webDist, onFound: (_p, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable') }))
        app.use('*', serveStatic({ root: webDist }))
        // Client-side routes: every other GET gets the SPA shell.
        app.get('*', (c) => c.html(indexHtml))
      },
    },
  )

  const server = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, (info) => {
    // Never the URL itself: it may carry a password.
    consoleLogger.info(`Ly kjører på http://localhost:${info.port}`, {
      database: env.databaseUrl ? 'PostgreSQL (LY_DATABASE_URL)' : env.dbPath,
      spa: webDist ? 'ja' : 'nei (kun API)',
    })
  })
  // The kept statistics, warmed behind the requests: the first national figures after a start are sums, not a cold read.
  const warming = startWarming(db, { busy: () => requestsInFlight() > 0 })
  void warming.done.then(({ documents, ms }) => consoleLogger.info('Statistikken er varmet opp', { dokumenter: documents, ms: Math.round(ms) }))
  const retention = scheduleRetention({ db, clock: systemClock, logger: consoleLogger })
  const housekeeping = scheduleHousekeeping({ db, clock: systemClock, logger: consoleLogger, limits: env.config })
  const stopBackups = env.databaseUrl ? () => {} : scheduleBackups(db, env.backups, systemClock, consoleLogger)
  const stop = () => {
    warming.stop()
    retention.stop()
    housekeeping.stop()
    stopBackups()
    removePidFile()
    server.close()
    void db.destroy().finally(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
