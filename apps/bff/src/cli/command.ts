import { parseArgs, type ParseArgsConfig } from 'node:util'
import { CliError } from './db'

/**
 * One option of a command: Node's parseArgs configuration plus what its help says. `value`
 * names a string option's argument in the usage line (`--year ÅÅÅÅ`); `required` only marks it
 * so in the help (the command itself says what is missing, in its own words).
 */
export type OptionSpec = ({ type: 'string'; default?: string; value: string } | { type: 'boolean'; default?: boolean }) & {
  description: string
  required?: boolean
}

type OptionSpecs = Record<string, OptionSpec>

/** What parseArgs gives for the options: strings and booleans, undefined unless defaulted. */
export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]: O[K] extends { type: 'boolean' }
    ? O[K] extends { default: boolean }
      ? boolean
      : boolean | undefined
    : O[K] extends { default: string }
      ? string
      : string | undefined
}

/**
 * A `pnpm ly` command as one declarative entry: its help (usage, options, examples, all in
 * Norwegian) is generated from the same table parseArgs reads, so the two cannot disagree.
 */
export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  name: string
  /** One line (or a few) for `pnpm ly help`, and the top of the command's own help. */
  summary: string
  /** More about what it does, for `--help` only. */
  details?: string
  /** Positional arguments, e.g. `[{ name: 'FIL', description: '…' }]`; none when absent. */
  positionals?: readonly { name: string; description: string }[]
  options: O
  /** Whole command lines, e.g. `pnpm ly stats --year 2025 --centre all --json`. */
  examples: readonly [string, ...string[]]
  // A method, so an entry with its own options still fits a list of commands.
  run(input: { values: OptionValues<O>; positionals: string[] }): Promise<void>
}

/** Keeps the option types of one command's entry (use it for every command). */
export const defineCommand = <O extends OptionSpecs>(spec: CommandSpec<O>): CommandSpec<O> => spec

/** A mistake in how a command was called: exit code 2, and a pointer to its help. */
export class UsageError extends CliError {}

const HELP_FLAGS = new Set(['--help', '-h'])
const flag = (name: string) => `--${name}`

/** `--help` or `-h` anywhere before a `--` asks for the command's help instead of running it. */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--')
  return (end === -1 ? args : args.slice(0, end)).some((a) => HELP_FLAGS.has(a))
}

function usageLine(spec: CommandSpec): string {
  const parts = [`pnpm ly ${spec.name}`, ...(spec.positionals ?? []).map((p) => p.name)]
  for (const [name, o] of Object.entries(spec.options)) {
    const text = o.type === 'string' ? `${flag(name)} ${o.value}` : flag(name)
    parts.push(o.required ? text : `[${text}]`)
  }
  return parts.join(' ')
}

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n')

/** The lines `pnpm ly help` shows for a command. */
export const overviewEntry = (spec: CommandSpec) => `  ${usageLine(spec).replace(/^pnpm ly /, '')}\n${indent(spec.summary, '      ')}\n`

export function commandHelp(spec: CommandSpec): string {
  const rows: [string, string][] = [
    ...(spec.positionals ?? []).map((p): [string, string] => [p.name, p.description]),
    ...Object.entries(spec.options).map(([name, o]): [string, string] => {
      const shown = o.default === undefined || o.default === false ? '' : ` (standard: ${String(o.default)})`
      return [o.type === 'string' ? `${flag(name)} ${o.value}` : flag(name), o.description + shown]
    }),
    ['-h, --help', 'Viser denne hjelpen.'],
  ]
  const width = Math.max(...rows.map(([left]) => left.length)) + 2
  const table = rows.map(([left, right]) => `  ${left.padEnd(width)}${right.replaceAll('\n', `\n  ${' '.repeat(width)}`)}`).join('\n')
  return [
    `Bruk: ${usageLine(spec)}`,
    '',
    spec.summary,
    ...(spec.details ? ['', spec.details] : []),
    '',
    'Valg:',
    table,
    '',
    spec.examples.length === 1 ? 'Eksempel:' : 'Eksempler:',
    ...spec.examples.map((e) => `  ${e}`),
    '',
  ].join('\n')
}

/** parseArgs' own errors are English; this names the command's valid options in Norwegian. */
function usageError(spec: CommandSpec, err: unknown): UsageError {
  const code = (err as { code?: unknown }).code
  const message = err instanceof Error ? err.message : String(err)
  const valid = [...Object.keys(spec.options).map(flag), '--help'].join(', ')
  const seeHelp = `Se pnpm ly ${spec.name} --help.`
  const given = /'(-[^'\s]*)/.exec(message)?.[1] ?? ''
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`Ukjent valg ${given} for pnpm ly ${spec.name}. Gyldige valg: ${valid}. ${seeHelp}`)
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(message.includes('does not take') ? `${given} tar ingen verdi. ${seeHelp}` : `${given} trenger en verdi. ${seeHelp}`)
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`pnpm ly ${spec.name} tar ingen argumenter uten valg foran (fikk ${/'([^']*)'/.exec(message)?.[1] ?? 'et'}). ${seeHelp}`)
    default:
      return new UsageError(`${message} ${seeHelp}`)
  }
}

/** Runs a command's entry on its arguments: help on request, else strict parsing, then `run`. */
export async function runCommand(spec: CommandSpec, args: string[], write: (text: string) => void): Promise<void> {
  if (asksForHelp(args)) {
    write(commandHelp(spec))
    return
  }
  const options: NonNullable<ParseArgsConfig['options']> = Object.fromEntries(
    Object.entries(spec.options).map(([name, o]) => [name, o.default === undefined ? { type: o.type } : { type: o.type, default: o.default }]),
  )
  const parse = () => parseArgs({ args, options, allowPositionals: (spec.positionals?.length ?? 0) > 0, strict: true })
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse()
  } catch (err) {
    throw usageError(spec, err)
  }
  // The parser's options are the entry's own, so its values have the types OptionValues gives.
  await spec.run({ values: parsed.values as OptionValues<OptionSpecs>, positionals: parsed.positionals })
}

/** `--db STI`, which every command that opens Ly's database takes. */
export const dbOption = { type: 'string', value: 'STI', description: 'SQLite-databasen (standard: LY_DB eller ./data/ly.sqlite).' } as const satisfies OptionSpec
