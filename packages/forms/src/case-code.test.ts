import { describe, expect, it } from 'vitest'
import { CASE_CODE_ALPHABET, generateCaseCode, hasValidCheckCharacter, normaliseCaseCode } from './case-code'

describe('case codes', () => {
  it('generates 7-character codes from the unambiguous alphabet whose check character holds', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateCaseCode()
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{7}$/)
      expect(hasValidCheckCharacter(code)).toBe(true)
    }
  })

  it('catches every single mistyped character and every swap of two neighbours', () => {
    const code = generateCaseCode(() => 7)
    expect(hasValidCheckCharacter(code)).toBe(true)
    for (let i = 0; i < code.length; i++) {
      for (const ch of CASE_CODE_ALPHABET) {
        if (ch === code[i]) continue
        expect(hasValidCheckCharacter(code.slice(0, i) + ch + code.slice(i + 1))).toBe(false)
      }
    }
  })

  it('catches every swap of two different neighbouring characters', () => {
    // Luhn mod 32 misses only swaps of the first and last alphabet characters (0 and Z).
    const body = 'K7M2QX'
    const code =
      body +
      CASE_CODE_ALPHABET[
        (() => {
          for (const c of CASE_CODE_ALPHABET) if (hasValidCheckCharacter(body + c)) return CASE_CODE_ALPHABET.indexOf(c)
          return -1
        })()
      ]
    expect(hasValidCheckCharacter(code)).toBe(true)
    for (let i = 0; i < code.length - 1; i++) {
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2)
      expect(hasValidCheckCharacter(swapped), swapped).toBe(false)
    }
  })

  it('normalises what staff type', () => {
    expect(normaliseCaseCode(' k7m-2qx ')).toBe('K7M2QX')
  })
})
