/**
 * Free-text screening (decision 2). Text that holds a valid national ID or D-number, a
 * Norwegian phone number or an e-mail address is refused; a likely name earns a warning.
 * Messages never repeat the matched text.
 */

export interface ScreeningResult {
  errors: string[]
  warnings: string[]
}

const ID_WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
const ID_WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]

function checkDigit(digits: number[], weights: number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0)
  const k = 11 - (sum % 11)
  if (k === 11) return 0
  return k === 10 ? null : k
}

/** True for an 11-digit number whose two mod-11 check digits are right (fødselsnummer, D-nummer, H-nummer). */
export function passesNationalIdCheck(elevenDigits: string): boolean {
  if (!/^\d{11}$/.test(elevenDigits)) return false
  const d = [...elevenDigits].map(Number)
  const k1 = checkDigit(d, ID_WEIGHTS_1)
  if (k1 === null || k1 !== d[9]) return false
  const k2 = checkDigit(d, ID_WEIGHTS_2)
  return k2 !== null && k2 === d[10]
}

/**
 * The text as it is read, not as it is typed (issue 18): NFKC folds full-width digits and `＠`;
 * zero-width and other format characters go; every kind of space (NBSP, newline, tab) is one
 * space; an `O`/`o` beside digits (no letter of a word) is a 0.
 */
export function normaliseForScreening(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/\p{Cf}/gu, '')
      .replace(/[\p{Z}\s]+/gu, ' ')
      // An O that is no letter of a word and stands next to digits (separators aside) is a zero.
      .replace(/(?<!\p{L})[Oo]+(?!\p{L})/gu, (os, at: number, all: string) =>
        /\d[\s\p{Pd}/.,_]*$/u.test(all.slice(0, at)) || /^[\s\p{Pd}/.,_]*\d/u.test(all.slice(at + os.length)) ? '0'.repeat(os.length) : os,
      )
  )
}

/** A separator between groups of digits: any run of spaces, dashes, slashes, dots, commas, underscores and brackets. */
const SEPARATOR = '[\\s\\p{Pd}/.,_()]+'
const DIGIT_RUN = new RegExp(`\\+?\\(?\\d(?:\\d|${SEPARATOR}(?=\\d))*`, 'gu')

/** Runs of digits however their groups are separated ("912 34 567", "(912) 34 567", "150385/123 45"). */
function digitRuns(text: string): string[] {
  return (text.match(DIGIT_RUN) ?? []).map((run) => run.replace(/[^\d+]/g, ''))
}

/** Years side by side ("2019, 2020") are years, not a phone number. */
const yearsOnly = (text: string) =>
  (text.match(DIGIT_RUN) ?? []).filter((run) =>
    run
      .split(/\D+/)
      .filter(Boolean)
      .every((g) => /^(19|20)\d\d$/.test(g)),
  )

function containsNationalId(runs: string[]): boolean {
  return runs.some((run) => {
    const digits = run.replace('+', '')
    if (digits.length < 11 || digits.length > 22) return false
    for (let i = 0; i + 11 <= digits.length; i++) if (passesNationalIdCheck(digits.slice(i, i + 11))) return true
    return false
  })
}

function containsPhoneNumber(runs: string[]): boolean {
  return runs.some((run) => {
    let digits = run.replace('+', '')
    if (run.startsWith('+47') || (digits.length === 10 && digits.startsWith('47'))) digits = digits.slice(2)
    else if (digits.length === 12 && digits.startsWith('0047')) digits = digits.slice(4)
    // Norwegian subscriber numbers have eight digits and do not start with 0 or 1.
    return digits.length === 8 && /^[2-9]/.test(digits)
  })
}

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]{2,}/
/** The usual disguises: `a @ b.com`, `a@b .com`, `a(at)b(dot)com`, `a [at] b [dot] no`, `a at b dot no`. */
const DISGUISED_EMAILS = [
  /[^\s@]+\s*@\s*[^\s@]+(?:\s*\.\s*[^\s@.]+)*\s*\.\s*\p{L}{2,}/u,
  /[\p{L}\d._%+-]+\s*[([{]\s*(?:at|krøll)\s*[)\]}]\s*[\p{L}\d-]+(?:\s*(?:[([{]\s*(?:dot|punktum|prikk)\s*[)\]}]|\.)\s*[\p{L}\d-]+)+/iu,
  /[\p{L}\d._%+-]+\s+(?:at|krøll)\s+[\p{L}\d-]+\s+(?:dot|punktum|prikk)\s+(?:no|com|net|org|se|dk|nu|eu|info|io)\b/iu,
]
// A capitalised word that does not open a sentence; all-caps acronyms (NAV, ICDP) do not count.
const MID_SENTENCE_CAPITAL = /(?<![.!?:]\s)(?<!^)(?<=\s)[A-ZÆØÅ][a-zæøåéü]+/u

export function screenFreeText(raw: string): ScreeningResult {
  const errors: string[] = []
  const warnings: string[] = []
  const text = normaliseForScreening(raw)
  const years = new Set(yearsOnly(text).map((run) => run.replace(/[^\d+]/g, '')))
  const runs = digitRuns(text)
  if (containsNationalId(runs))
    errors.push('Teksten ser ut til å inneholde et fødselsnummer eller D-nummer. Fjern det – Ly skal ikke lagre opplysninger som identifiserer personer.')
  else if (containsPhoneNumber(runs.filter((r) => !years.has(r))))
    errors.push('Teksten ser ut til å inneholde et telefonnummer. Fjern det – Ly skal ikke lagre opplysninger som identifiserer personer.')
  if (EMAIL.test(text) || DISGUISED_EMAILS.some((re) => re.test(text)))
    errors.push('Teksten ser ut til å inneholde en e-postadresse. Fjern den – Ly skal ikke lagre opplysninger som identifiserer personer.')
  if (MID_SENTENCE_CAPITAL.test(raw.trim())) warnings.push('Teksten kan inneholde et navn (et ord med stor forbokstav midt i setningen). Ikke skriv navn på personer.')
  return { errors, warnings }
}

/**
 * A record's free texts read together as well as one by one: a national ID split across two
 * fields is one number to a reader. Answers the messages of the joined reading (identifiers only).
 */
export function screenTogether(texts: readonly string[]): string[] {
  if (texts.length < 2) return []
  return screenFreeText(texts.join(' ')).errors
}
