import { purgeSignInData } from '../../auth/housekeeping'
import { systemClock } from '../../clock'
import { defaultConfig } from '../../deps'
import { intFromEnv } from '../../env'
import { dbOption, defineCommand } from '../command'
import { withDb } from '../db'

/** The server's hourly housekeeping, now (issue 19). */
export const purgeCommand = defineCommand({
  name: 'purge',
  summary: 'Sletter utløpte økter og mislykkede innlogginger som er eldre enn sperretiden. Kjøres også\nhver time av serveren. Bare antallene føres i loggen.',
  options: { db: dbOption },
  examples: ['pnpm ly purge', 'pnpm ly purge --db ./data/ly.sqlite'],
  async run({ values }) {
    const limits = { sessionIdleMinutes: intFromEnv('LY_SESSION_IDLE_MINUTES', defaultConfig.sessionIdleMinutes, 1), throttle: defaultConfig.throttle }
    await withDb(values.db, async (db) => {
      const { sessions, failures } = await purgeSignInData(db, systemClock.now(), limits)
      process.stdout.write(`Slettet ${sessions} utløpte økter og ${failures} gamle mislykkede innlogginger.\n`)
    })
  },
})
