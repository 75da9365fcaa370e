import { describe, expect, it } from 'vitest'
import { passesNationalIdCheck, screenFreeText } from './screening'

// Synthetic numbers built to pass the mod-11 check; they belong to no one.
function withCheckDigits(nine: string): string {
  const d = [...nine].map(Number)
  const k = (w: number[], ds: number[]) => {
    const r = 11 - (w.reduce((a, x, i) => a + x * ds[i]!, 0) % 11)
    return r === 11 ? 0 : r
  }
  const k1 = k([3, 7, 6, 1, 8, 9, 4, 5, 2], d)
  const k2 = k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...d, k1])
  return k1 < 10 && k2 < 10 ? `${nine}${k1}${k2}` : ''
}

describe('screenFreeText', () => {
  const fnr = ['150385123', '010101000', '310799555', '450577123'].map(withCheckDigits).find((n) => n.length === 11)!

  it('recognises valid national ID and D-number check digits', () => {
    expect(passesNationalIdCheck(fnr)).toBe(true)
    expect(passesNationalIdCheck(fnr.slice(0, 10) + ((Number(fnr[10]) + 1) % 10))).toBe(false)
  })

  it('refuses a national ID number, also written with spaces', () => {
    expect(screenFreeText(`nr ${fnr}`).errors[0]).toMatch(/fødselsnummer/)
    expect(screenFreeText(`nr ${fnr.slice(0, 6)} ${fnr.slice(6)}`).errors[0]).toMatch(/fødselsnummer/)
    expect(screenFreeText('saksnr 12345678901').errors).toEqual([]) // fails the check: allowed
  })

  it('refuses Norwegian phone numbers in the usual ways of writing them', () => {
    for (const t of ['91234567', '912 34 567', '91 23 45 67', '+47 912 34 567', '0047 91234567', 'tlf: 22-33-44-55']) {
      expect(screenFreeText(t).errors, t).toHaveLength(1)
    }
    for (const t of ['3 barn, 2 voksne', 'år 2019 og 2020', '12345678']) expect(screenFreeText(t).errors, t).toEqual([])
  })

  it('refuses e-mail addresses', () => {
    expect(screenFreeText('skriv til noen@eksempel.no').errors[0]).toMatch(/e-post/)
  })

  it('warns, without refusing, about a likely name and never repeats the text', () => {
    const r = screenFreeText('bor nå hos Tante Olga')
    expect(r.errors).toEqual([])
    expect(r.warnings).toHaveLength(1)
    expect(r.warnings[0]).not.toMatch(/Olga/)
    expect(screenFreeText('Henvist fra NAV og politiet').warnings).toEqual([])
  })
})
