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

/** Runs of digits that may be written with spaces, dots or hyphens between groups ("912 34 567"). */
function digitRuns(text: string): string[] {
  return (text.match(/\+?\d(?:[\d]|[ .-](?=\d))*/g) ?? []).map((run) => run.replace(/[^\d+]/g, ''))
}

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
// A capitalised word that does not open a sentence; all-caps acronyms (NAV, ICDP) do not count.
const MID_SENTENCE_CAPITAL = /(?<![.!?:]\s)(?<!^)(?<=\s)[A-ZÆØÅ][a-zæøåéü]+/u

export function screenFreeText(text: string): ScreeningResult {
  const errors: string[] = []
  const warnings: string[] = []
  const runs = digitRuns(text)
  if (containsNationalId(runs)) errors.push('Teksten ser ut til å inneholde et fødselsnummer eller D-nummer. Fjern det – Ly skal ikke lagre opplysninger som identifiserer personer.')
  else if (containsPhoneNumber(runs)) errors.push('Teksten ser ut til å inneholde et telefonnummer. Fjern det – Ly skal ikke lagre opplysninger som identifiserer personer.')
  if (EMAIL.test(text)) errors.push('Teksten ser ut til å inneholde en e-postadresse. Fjern den – Ly skal ikke lagre opplysninger som identifiserer personer.')
  if (MID_SENTENCE_CAPITAL.test(text.trim())) warnings.push('Teksten kan inneholde et navn (et ord med stor forbokstav midt i setningen). Ikke skriv navn på personer.')
  return { errors, warnings }
}
