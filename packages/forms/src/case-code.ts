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
  for (;;) {
    const body = Array.from({ length: 6 }, () => CASE_CODE_ALPHABET[random()]).join('')
    const code = body + checkCharacter(body)
    // About one code in 3000 has six digits that read as a date: drawn again, as staff could not use it.
    if (!readsAsBirthDate(code)) return code
  }
}

const daysIn = (month: number, year: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * True when six digits of the code in a row form a date (DDMMYY, as a fødselsnummer begins, or
 * YYMMDD), with or without letters around them: staff may make a code up from a birth date,
 * and such a code identifies a person (issue 18).
 */
export function readsAsBirthDate(code: string): boolean {
  const c = normaliseCaseCode(code)
  for (const run of c.match(/\d{6,}/g) ?? []) {
    for (let i = 0; i + 6 <= run.length; i++) {
      const [a, b, d] = [run.slice(i, i + 2), run.slice(i + 2, i + 4), run.slice(i + 4, i + 6)].map(Number) as [number, number, number]
      const valid = (day: number, month: number, yy: number) => month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, 2000 + yy)
      if (valid(a, b, d) || valid(d, b, a)) return true
    }
  }
  return false
}
