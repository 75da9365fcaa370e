import { parseArgs } from 'node:util'
import { systemClock } from '../../clock'
import { DemoRefused, fillCentreWithDemo } from '../../demo/fill-centre'
import { CliError, requireCentre, withDb } from '../db'

const wholeNumber = (raw: string, name: string, min: number, max: number) => {
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`--${name} må være et helt tall fra ${min} til ${max}.`)
  return n
}

/** `pnpm ly demo --centre ID [--years N] [--seed N] [--db PATH]` */
export async function demoCommand(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { centre: { type: 'string' }, years: { type: 'string', default: '5' }, seed: { type: 'string', default: '1' }, db: { type: 'string' } },
  })
  const years = wholeNumber(values.years, 'years', 1, 30)
  const seed = wholeNumber(values.seed, 'seed', 0, 2 ** 31)
  await withDb(values.db, async (db) => {
    const centre = await requireCentre(db, values.centre)
    const started = Date.now()
    try {
      const summary = await fillCentreWithDemo(db, centre.id, { years, seed, now: systemClock.now() })
      const total = Object.values(summary.counts).reduce((a, b) => a + b, 0)
      process.stdout.write(`Demodata – ikke ekte registreringer: «${centre.name}» er fylt med ${total} oppdiktede registreringer for ${summary.years[0]}–${summary.years.at(-1)} (frø ${seed}, ${((Date.now() - started) / 1000).toFixed(1)} s).\n`)
      for (const [form, n] of Object.entries(summary.counts)) process.stdout.write(`  ${form.padEnd(16)} ${String(n).padStart(6)}\n`)
      process.stdout.write('Senteret er merket som demosenter.\n')
    } catch (err) {
      if (err instanceof DemoRefused) throw new CliError(err.message)
      throw err
    }
  })
}
