import { hash, verify } from '@node-rs/argon2'
import { randomInt } from 'node:crypto'

// argon2id with OWASP's second recommended profile (19 MiB, t=2, p=1): strong, and fast
// enough for a 2-core server. Algorithm 2 = argon2id in @node-rs/argon2.
export const PASSWORD_HASHING = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const
// argon2id at its lightest: about 1 ms a hash instead of 100.
const LIGHT_HASHING = { algorithm: 2, memoryCost: 256, timeCost: 1, parallelism: 1 } as const

let options: typeof PASSWORD_HASHING | typeof LIGHT_HASHING = PASSWORD_HASHING

/**
 * For the in-process tests only (testing/test-app.ts calls it; decision 0044). They create and
 * sign in users thousands of times, and what they check is who may sign in, not what a guess
 * costs: at 100 ms a hash that was minutes of CI. A hash keeps its parameters, so verifying
 * follows whichever profile made it; servers and commands started as processes never call this.
 */
export function hashPasswordsLightlyInTests(): void {
  options = LIGHT_HASHING
}

export { MIN_PASSWORD_LENGTH } from '@ly/forms/accounts'

export const hashPassword = (password: string) => hash(password, options)

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

/** Verifying against this keeps the response time equal whether or not the account exists. */
let dummyHash: Promise<string> | undefined
export const dummyPasswordHash = () => (dummyHash ??= hashPassword('ingen-bruker-har-dette-passordet'))

// No look-alike characters (0/O, 1/l/I): the password is read off a screen and typed by hand.
const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A one-time password of 16 characters (~93 bits), grouped in fours for reading aloud. */
export function generatePassword(): string {
  const chars = Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)])
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-')
}
