import fc from 'fast-check'
import { passesNationalIdCheck } from '@ly/forms'

/**
 * Generators of hostile input for the property tests (routes/hostile-input.test.ts). Every
 * mutation of a valid body is one the API must refuse: the tests assert a specific 4xx and that
 * nothing was stored. Identifiers are invented, and generated to pass the checks Ly runs.
 */

/** An 11-digit number with valid national-ID check digits (invented, not a real person's). */
export const nationalId = fc
  .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 999 }))
  .map(([d, m, y, n]) => {
    const stem = `${String(d).padStart(2, '0')}${String(m).padStart(2, '0')}${String(y).padStart(2, '0')}${String(n).padStart(3, '0')}`
    for (let k = 0; k < 100; k++) {
      const candidate = `${stem}${String(k).padStart(2, '0')}`
      if (passesNationalIdCheck(candidate)) return candidate
    }
    return '01010112345'
  })
  .filter(passesNationalIdCheck)

/** A Norwegian mobile number in the ways people write one. */
export const phoneNumber = fc
  .tuple(fc.constantFrom('4', '9'), fc.integer({ min: 1_000_000, max: 9_999_999 }), fc.constantFrom('plain', 'spaced', 'prefixed'))
  .map(([first, rest, style]) => {
    const digits = `${first}${rest}`
    if (style === 'spaced') return `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`
    return style === 'prefixed' ? `+47 ${digits}` : digits
  })

export const email = fc.tuple(fc.stringMatching(/^[a-z]{2,8}$/), fc.constantFrom('eksempel.no', 'example.com')).map(([user, host]) => `${user}@${host}`)

/** Free text with an identifier inside a sentence. */
export const identifierText = fc
  .tuple(fc.constantFrom('Kontakt på ', 'Ring ', 'Skrev til ', 'Se '), fc.oneof(nationalId, phoneNumber, email), fc.constantFrom('', ' i morgen.', ' (privat)'))
  .map(([before, id, after]) => `${before}${id}${after}`)

export type Body = Record<string, unknown>

/** What a mutation does to a valid body; `raw` bodies are sent as they are (not JSON-encoded). */
export type Mutation =
  | { kind: 'unknown_key'; key: string; value: unknown }
  | { kind: 'wrong_type'; pick: number; value: unknown }
  | { kind: 'huge_string'; pick: number; length: number }
  | { kind: 'identifier'; pick: number; text: string }
  | { kind: 'without_consent' }
  | { kind: 'anything'; value: unknown }
  | { kind: 'raw'; text: string; contentType: string }

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('unknown_key' as const), key: fc.stringMatching(/^x_[a-z_]{1,12}$/), value: fc.jsonValue({ maxDepth: 2 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('wrong_type' as const), pick: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }).filter((v) => v !== null) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('huge_string' as const),
      pick: fc.nat(),
      length: fc.oneof(fc.integer({ min: 5_000, max: 60_000 }), fc.integer({ min: 300_000, max: 400_000 })),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('identifier' as const), pick: fc.nat(), text: identifierText }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'without_consent' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('anything' as const),
      value: fc.jsonValue({ maxDepth: 3 }).filter((v) => !(typeOf(v) === 'object' && Object.keys(v as object).length === 0)),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('raw' as const),
      text: fc.oneof(
        fc.constant('{"a":'),
        fc.constant('<xml/>'),
        fc.string({ maxLength: 40 }).filter((s) => {
          try {
            JSON.parse(s)
            return false
          } catch {
            return true
          }
        }),
      ),
      contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
    }),
  },
)

export interface Target {
  /** The valid body. */
  body: Body
  /** Keys whose values are free text the API screens (in `body`, or in `body.values`). */
  freeText?: readonly string[]
  /** The consent question, for "answers without consent" (record forms). */
  consentKey?: string
}

/** The object holding the answers: `body.values` for an update, else the body. */
const answers = (body: Body): Body => (typeof body.values === 'object' && body.values !== null ? (body.values as Body) : body)

/**
 * Applies a mutation that makes the body invalid. Returns null when it does not apply to this
 * target (no free text, no consent question, no key of another type), so the case is skipped.
 */
export function applyMutation(target: Target, m: Mutation): { body: string; contentType: string } | null {
  const json = (b: unknown) => ({ body: JSON.stringify(b), contentType: 'application/json' })
  const body = structuredClone(target.body)
  const inner = answers(body)
  const keys = Object.keys(inner)
  switch (m.kind) {
    case 'unknown_key':
      inner[m.key] = m.value
      return json(body)
    case 'wrong_type': {
      const key = keys[m.pick % keys.length]
      if (key === undefined || typeOf(inner[key]) === typeOf(m.value)) return null
      inner[key] = m.value
      return json(body)
    }
    case 'huge_string': {
      const strings = keys.filter((k) => typeof inner[k] === 'string')
      const key = strings[m.pick % Math.max(1, strings.length)]
      if (key === undefined) return null
      inner[key] = 'æ'.repeat(m.length)
      return json(body)
    }
    case 'identifier': {
      const key = target.freeText?.[m.pick % target.freeText.length]
      if (key === undefined) return null
      inner[key] = m.text
      return json(body)
    }
    case 'without_consent':
      if (!target.consentKey) return null
      inner[target.consentKey] = false
      return json(body)
    case 'anything':
      return json(m.value)
    case 'raw':
      return { body: m.text, contentType: m.contentType }
  }
}
