import { systemClock } from '../../clock'
import { DemoRefused, fillCentreWithDemo } from '../../demo/fill-centre'
import { dbOption, defineCommand } from '../command'
import { CliError, requireCentre, withDb } from '../db'

const wholeNumber = (raw: string, name: string, min: number, max: number) => {
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`--${name} må være et helt tall fra ${min} til ${max}.`)
  return n
}

export const demoCommand = defineCommand({
  name: 'demo',
  summary: 'Fyller et tomt senter med oppdiktede registreringer av alle skjemaer for de\nsiste N årene (standard 5) og merker senteret som demosenter.',
  details: 'Et senter som allerede har registreringer, avvises. Samme frø gir de samme registreringene.',
  options: {
    centre: { type: 'string', value: 'ID', required: true, description: 'Senterets id (se pnpm ly list-centres).' },
    years: { type: 'string', value: 'N', default: '5', description: 'Hvor mange år bakover, fra 1 til 30.' },
    seed: { type: 'string', value: 'N', default: '1', description: 'Frøet for de tilfeldige svarene.' },
    db: dbOption,
  },
  examples: ['pnpm ly demo --centre ID', 'pnpm ly demo --centre ID --years 2 --seed 7 --db demo.sqlite'],
  async run({ values }) {
    const years = wholeNumber(values.years, 'years', 1, 30)
    const seed = wholeNumber(values.seed, 'seed', 0, 2 ** 31)
    await withDb(values.db, async (db) => {
      const centre = await requireCentre(db, values.centre)
      const started = Date.now()
      try {
        const summary = await fillCentreWithDemo(db, centre.id, { years, seed, now: systemClock.now() })
        const total = Object.values(summary.counts).reduce((a, b) => a + b, 0)
        process.stdout.write(
          `Demodata – ikke ekte registreringer: «${centre.name}» er fylt med ${total} oppdiktede registreringer for ${summary.years[0]}–${summary.years.at(-1)} (frø ${seed}, ${((Date.now() - started) / 1000).toFixed(1)} s).\n`,
        )
        for (const [form, n] of Object.entries(summary.counts)) process.stdout.write(`  ${form.padEnd(16)} ${String(n).padStart(6)}\n`)
        process.stdout.write('Senteret er merket som demosenter.\n')
      } catch (err) {
        if (err instanceof DemoRefused) throw new CliError(err.message)
        throw err
      }
    })
  },
})
