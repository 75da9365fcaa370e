import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateCaseCode, readsAsBirthDate, screenFreeText, screenTogether } from '@ly/forms'
import { dayVisitInput } from '@ly/forms/testing'
import { createTestApp, signedInAdmin, signedInUser } from '../testing/test-app'

// Synthetic numbers with right mod-11 check digits; they belong to no one.
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
const ids = ['150385123', '010101000', '310799555', '450577123', '220466321', '071288456'].map(withCheckDigits).filter((n) => n.length === 11)

const SEPARATORS = ['  ', '/', ',', '_', '\u2013', '\n', '\u00a0', '\u200b', '-', '.', ' . ']
const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
const withOs = (s: string) => s.replace(/0/g, 'O')

/** An identifier written in one of the disguises of issue 18's probes. */
const disguisedId = fc
  .tuple(fc.constantFrom(...ids), fc.constantFrom(...SEPARATORS), fc.integer({ min: 1, max: 10 }), fc.constantFrom('plain', 'full-width', 'O for 0'))
  .map(([id, sep, cut, style]) => {
    const text = `${id.slice(0, cut)}${sep}${id.slice(cut)}`
    return style === 'full-width' ? fullWidth(text) : style === 'O for 0' && id.includes('0') ? withOs(text) : text
  })
const disguisedPhone = fc
  .tuple(fc.constantFrom('912 34 567', '(912) 34 567', '91234567', '41 22 33 44'), fc.constantFrom(' ', '\u00a0', '\u200b', '-', '\u2013'))
  .map(([p, sep]) => p.replace(/ /g, sep))
const disguisedEmail = fc.constantFrom(
  'ola.n @ eksempel.no',
  'ola(at)eksempel(dot)com',
  'ola\uff20eksempel.no',
  'ola@eksempel .com',
  'ola [at] eksempel [dot] no',
  'ola at eksempel dot no',
)

describe('screening that cannot be sidestepped (issue 18)', () => {
  it('property: a national ID or D-number in every disguise is refused', () => {
    fc.assert(
      fc.property(disguisedId, fc.constantFrom('', 'Oppgitt: ', 'se '), (id, before) => {
        expect(screenFreeText(`${before}${id}`).errors.join(' ')).toMatch(/fødselsnummer/)
      }),
    )
  })

  it('property: phone numbers and e-mail addresses in every disguise are refused', () => {
    fc.assert(
      fc.property(disguisedPhone, (p) => {
        expect(screenFreeText(`ring ${p}`).errors.join(' ')).toMatch(/telefonnummer/)
      }),
    )
    fc.assert(
      fc.property(disguisedEmail, (e) => {
        expect(screenFreeText(`skriv til ${e}`).errors.join(' ')).toMatch(/e-postadresse/)
      }),
    )
  })

  it('a national ID split across two free-text fields is refused when they are read together', () => {
    const id = ids[0]!
    expect(screenFreeText(id.slice(0, 6)).errors).toEqual([])
    expect(screenTogether([id.slice(0, 6), id.slice(6)]).join(' ')).toMatch(/fødselsnummer/)
  })

  it('ordinary texts with numbers pass', () => {
    for (const text of [
      '3 barn',
      'Kom i 2019, 2020 og 2021',
      'Bodde her 14 dager, 2 netter hos venner',
      'Har 2 barn på 4 og 7 år',
      'saksnr 12345678901',
      'Hun sa at det var greit. Ok',
      'Møte kl. 10.30 med NAV',
    ]) {
      expect(screenFreeText(text).errors, text).toEqual([])
    }
  })

  it('never repeats the identifier in its message', () => {
    for (const message of screenFreeText(`nr ${ids[0]!}`).errors) expect(message).not.toContain(ids[0]!.slice(0, 6))
  })
})

describe('the real route refuses a disguised identifier and stores nothing', () => {
  it('property: 422 with a Norwegian message, and no day visit stored', async () => {
    const ctx = await createTestApp()
    const staff = await signedInUser(ctx, await signedInAdmin(ctx), 'vakt1', 'staff')
    await fc.assert(
      fc.asyncProperty(fc.oneof(disguisedId, disguisedPhone, disguisedEmail), async (identifier) => {
        const res = await staff.request('POST', '/api/day-visits', dayVisitInput({ violence_types: ['other'], violence_other_text: `Oppgitt ${identifier}` }))
        expect(res.status).toBe(422)
        const body = JSON.stringify(await res.json())
        expect(body).toMatch(/Fjern/)
        expect(body).not.toContain(identifier)
      }),
      { numRuns: 40 },
    )
    expect((await ctx.db.selectFrom('day_visits').select('id').execute()).length).toBe(0)
    // Ordinary text with numbers is stored.
    expect((await staff.request('POST', '/api/day-visits', dayVisitInput({ violence_types: ['other'], violence_other_text: 'Har 3 barn, kom i 2019, 2020' }))).status).toBe(201)
  })
})

describe('case codes that read as a date of birth (issue 18)', () => {
  it('refuses six digits forming a date, with or without letters around them; Ly’s own codes never do', async () => {
    expect(readsAsBirthDate('150385')).toBe(true)
    expect(readsAsBirthDate('AB150385')).toBe(true)
    expect(readsAsBirthDate('K3X9PQ7')).toBe(false)
    expect(readsAsBirthDate('993399')).toBe(false)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        let s = seed
        const code = generateCaseCode(() => (s = (s * 1103515245 + 12345) % 2 ** 31) % 32)
        expect(readsAsBirthDate(code)).toBe(false)
      }),
      { numRuns: 300 },
    )
    const ctx = await createTestApp()
    const staff = await signedInUser(ctx, await signedInAdmin(ctx), 'vakt1', 'staff')
    const res = await staff.request('POST', '/api/day-visits', dayVisitInput({ case_code: 'AB150385' }))
    expect(res.status).toBe(422)
    expect(JSON.stringify(await res.json())).toMatch(/fødselsdato/)
    expect((await ctx.db.selectFrom('day_visits').select('id').execute()).length).toBe(0)
  })

  it('refuses a national ID split across two free texts of one record, through the route', async () => {
    const ctx = await createTestApp()
    const staff = await signedInUser(ctx, await signedInAdmin(ctx), 'vakt1', 'staff')
    const id = ids[0]!
    const res = await staff.request(
      'POST',
      '/api/day-visits',
      dayVisitInput({ violence_types: ['other'], violence_other_text: `del ${id.slice(0, 6)}`, assistance: ['other'], assistance_other_text: id.slice(6) }),
    )
    expect(res.status).toBe(422)
    const body = JSON.stringify(await res.json())
    expect(body).toMatch(/Tekstfeltene sammen: .*fødselsnummer/)
    expect(body).not.toContain(id.slice(6))
    expect((await ctx.db.selectFrom('day_visits').select('id').execute()).length).toBe(0)
  })
})
