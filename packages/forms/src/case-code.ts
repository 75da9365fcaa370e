/**
 * Case codes (decision 3): random and meaningless, from an alphabet without look-alikes
 * (no I, L, O, U), six characters plus one Luhn mod 32 check character, so a mistyped code is
 * caught before it links the wrong records. Imported codes may be any 4–16 letters and digits.
 */
export const CASE_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const N = CASE_CODE_ALPHABET.length

function luhnSum(chars: string, doubleFirst: boolean): number {
  let sum = 0
  let double = doubleFirst
  for (let i = chars.length - 1; i >= 0; i--) {
    let v = CASE_CODE_ALPHABET.indexOf(chars[i]!) * (double ? 2 : 1)
    v = Math.floor(v / N) + (v % N)
    sum += v
    double = !double
  }
  return sum
}

export function checkCharacter(body: string): string {
  const remainder = luhnSum(body, true) % N
  return CASE_CODE_ALPHABET[(N - remainder) % N]!
}

/** Upper-cases and drops spaces and hyphens people type for readability. */
export const normaliseCaseCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '')

export const CASE_CODE_FORMAT = /^[A-Z0-9]{4,16}$/

/** True when the code is shaped like one Ly generated and its check character is right. */
export function hasValidCheckCharacter(code: string): boolean {
  const c = normaliseCaseCode(code)
  if (c.length !== 7 || [...c].some((ch) => !CASE_CODE_ALPHABET.includes(ch))) return false
  return luhnSum(c, false) % N === 0
}

/** Uniform over the alphabet: 32 divides 256, so a byte modulo 32 has no bias. */
// Web Crypto exists in browsers and in Node 20 as a global; typed here to need neither lib.
const webCrypto = (globalThis as unknown as { crypto: { getRandomValues(a: Uint8Array): Uint8Array } }).crypto
const randomIndex = () => webCrypto.getRandomValues(new Uint8Array(1))[0]! % N

export function generateCaseCode(random: () => number = randomIndex): string {
  const body = Array.from({ length: 6 }, () => CASE_CODE_ALPHABET[random()]).join('')
  return body + checkCharacter(body)
}
