import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runLy } from '../testing/cli'
import { CliError } from './db'
import { runCommand, UsageError } from './command'
import { commands } from './commands'

/** What a command writes for `args`, or the error it throws. */
async function run(name: string, args: string[]) {
  const spec = commands.find((c) => c.name === name)!
  let out = ''
  try {
    await runCommand(spec, args, (text) => (out += text))
    return { out, error: undefined }
  } catch (error) {
    return { out, error: error as Error }
  }
}

describe('every pnpm ly command has its help (the command table)', () => {
  it.each(commands.map((c) => [c.name]))('%s answers --help and -h with usage, every option and an example, and runs nothing', async (name) => {
    const spec = commands.find((c) => c.name === name)!
    const long = await run(name, ['--help'])
    expect(long.error).toBeUndefined()
    expect(long.out).toMatch(new RegExp(`^Bruk: pnpm ly ${name}( |\\n)`))
    expect(long.out).toContain('\nValg:\n')
    for (const option of [...Object.keys(spec.options), 'help']) expect(long.out).toContain(`--${option}`)
    expect(long.out).toMatch(/\nEksemp(el|ler):\n {2}(LY_\w+=\S+ )?pnpm ly /)
    // -h, and help among other arguments, give the same text; nothing is parsed or opened.
    expect((await run(name, ['-h'])).out).toBe(long.out)
    expect((await run(name, ['--db', 'finnes/ikke.sqlite', '--help'])).out).toBe(long.out)
  })

  it.each(commands.map((c) => [c.name]))('%s refuses an unknown option by naming its valid ones', async (name) => {
    const spec = commands.find((c) => c.name === name)!
    const { error } = await run(name, ['--finnes-ikke'])
    expect(error).toBeInstanceOf(UsageError)
    expect(error?.message).toBe(
      `Ukjent valg --finnes-ikke for pnpm ly ${name}. Gyldige valg: ${[...Object.keys(spec.options), 'help'].map((o) => `--${o}`).join(', ')}. Se pnpm ly ${name} --help.`,
    )
  })

  it('says which option needs a value, which takes none, and that a command takes no bare arguments', async () => {
    expect((await run('stats', ['--year'])).error?.message).toBe('--year trenger en verdi. Se pnpm ly stats --help.')
    expect((await run('stats', ['--json=ja'])).error?.message).toBe('--json tar ingen verdi. Se pnpm ly stats --help.')
    expect((await run('stats', ['2025'])).error?.message).toBe('pnpm ly stats tar ingen argumenter uten valg foran (fikk 2025). Se pnpm ly stats --help.')
  })

  it("keeps each command's own messages for what is missing", async () => {
    const { error } = await run('stats', ['--centre', 'all', '--json'])
    expect(error).toBeInstanceOf(CliError)
    expect(error).not.toBeInstanceOf(UsageError)
    expect(error?.message).toBe('Mangler periode: --year ÅÅÅÅ, --period (2026-T2, 2026-Q3, 2026-05, 2026-ytd) eller --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD.')
  })
})

// Each run starts a Node process on the bundled CLI; a loaded machine needs a long timeout. The table above
// covers every command in-process; these check that the entry point wires it to the terminal.
describe('pnpm ly help (the real command line)', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ly-help-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('pnpm ly stats --help prints its usage and opens no database', () => {
    const res = runLy(dir, ['stats', '--help', '--db', 'ly.sqlite'])
    expect(res.stderr).toBe('')
    expect(res.status).toBe(0)
    expect(res.stdout).toMatch(
      /^Bruk: pnpm ly stats \[--year ÅÅÅÅ\] \[--period PERIODE\] \[--from ÅÅÅÅ-MM-DD\] \[--to ÅÅÅÅ-MM-DD\] --centre ID\|all \[--offer women\|men\|all\] \[--db STI\] --json\n/,
    )
    expect(res.stdout).toContain('pnpm ly stats --year 2025 --centre all --json')
    expect(existsSync(join(dir, 'ly.sqlite'))).toBe(false)
  })

  it('pnpm ly import -h names the file argument; pnpm ly help import says the same', () => {
    const short = runLy(dir, ['import', '-h'])
    expect(short.status).toBe(0)
    expect(short.stdout).toMatch(/^Bruk: pnpm ly import FIL --centre ID /)
    expect(runLy(dir, ['help', 'import']).stdout).toBe(short.stdout)
  })

  it('an unknown option exits 2 and names the valid ones; pnpm ly help lists every command', () => {
    const res = runLy(dir, ['stats', '--year', '2025', '--senter', 'all'])
    expect(res.status).toBe(2)
    expect(res.stdout).toBe('')
    expect(res.stderr).toBe(
      'Feil: Ukjent valg --senter for pnpm ly stats. Gyldige valg: --year, --period, --from, --to, --centre, --offer, --db, --json, --help. Se pnpm ly stats --help.\n',
    )

    const help = runLy(dir, ['help'])
    expect(help.status).toBe(0)
    for (const c of commands) expect(help.stdout).toContain(`\n  ${c.name}`)
    const unknown = runLy(dir, ['statistikk'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toBe('Feil: Ukjent kommando statistikk. Kommandoene står over.\n')
  })
})
