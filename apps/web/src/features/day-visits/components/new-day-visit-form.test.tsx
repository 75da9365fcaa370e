import { screen, within } from '@testing-library/react'
import { allFields, dayVisitForm, generateCaseCode, isEmptyValue } from '@ly/forms'
import { describe, expect, it } from 'vitest'
import { answer, checkedOptions, fill, question, textField } from '@/testing/record-form-queries'
import { createDayVisit, getDayVisits } from '../api/day-visit-endpoints'
import { dayVisitInput, staffSession } from '../testing/staff-session'

const CONSENT = 'Samtykker brukeren til at det registreres anonymisert statistisk informasjon?'
const SAVE = { name: 'Lagre besøket' }
const allOf2026 = { year: 2026, offer: 'all', month: null, consent: 'all', caseCode: '' } as const

describe('registering a day visit', () => {
  it('starts in the list\'s offer, saves, and shows the visit in the list', async () => {
    const { open } = await staffSession()
    const { user, router } = open('/dagbesok?year=2026&offer=women')
    await user.click(await screen.findByRole('link', { name: 'Registrer dagbesøk' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Registrer dagbesøk' })).toBeInTheDocument()
    expect(checkedOptions(question('Tilbud'))).toEqual(['Krisesentertilbudet for kvinner'])

    await answer(user, CONSENT, 'Ja')
    await answer(user, 'Kjønn', 'Kvinne')
    await fill(user, 'Alder ved besøket', '34')
    await user.click(screen.getByRole('button', SAVE))

    expect(await screen.findByRole('heading', { level: 1, name: 'Dagbesøk' })).toBeInTheDocument()
    expect(router.state.location.search).toBe('?year=2026&offer=women')
    expect(await screen.findByText('Besøket er lagret.')).toHaveAttribute('role', 'status')
    const table = await screen.findByRole('table', { name: 'Dagbesøk 2026, kvinner (1 besøk)' })
    const row = within(table).getByRole('link', { name: 'Åpne besøk 02.03.2026' }).closest('tr')
    expect([...(row?.cells ?? [])].map((c) => c.textContent)).toEqual(['02.03.2026', 'Kvinner', 'Ja', '–ikke registrert', 'Kvinne', '34'])
  })

  it('without consent disables the other questions and stores only the bare event', async () => {
    const { api, open } = await staffSession()
    const { user } = open('/dagbesok/ny')
    await screen.findByRole('heading', { level: 1, name: 'Registrer dagbesøk' })
    await answer(user, CONSENT, 'Ja')
    await answer(user, 'Kjønn', 'Kvinne')

    await answer(user, CONSENT, 'Nei')
    expect(screen.getByText(/Uten samtykke lagres bare selve hendelsen/)).toBeInTheDocument()
    for (const radio of within(question('Kjønn')).getAllByRole('radio')) expect(radio).toBeDisabled()
    expect(textField('Alder ved besøket')).toBeDisabled()
    expect(within(question('Tilbud')).getByRole('radio', { name: 'Krisesentertilbudet for menn' })).toBeEnabled()
    await answer(user, 'Tilbud', 'Krisesentertilbudet for menn')
    await user.click(screen.getByRole('button', SAVE))
    expect(await screen.findByText('Besøket er lagret.')).toBeInTheDocument()

    const [stored] = (await getDayVisits(api, allOf2026, null)).records
    expect(stored?.values).toMatchObject({ consent_to_statistics: false, offer: 'men', visit_date: '2026-03-02' })
    const answered = allFields(dayVisitForm).filter((f) => !f.bare && !isEmptyValue(stored?.values[f.key as keyof typeof stored.values]))
    expect(answered).toEqual([])
  })

  it("shows the server's 422 beside the field and in the summary", async () => {
    const { open } = await staffSession()
    const { user } = open('/dagbesok/ny')
    await screen.findByRole('heading', { level: 1, name: 'Registrer dagbesøk' })
    const code = generateCaseCode()
    const mistyped = code.slice(0, 6) + (code[6] === 'A' ? 'B' : 'A')
    await answer(user, CONSENT, 'Ja')
    await answer(user, 'Tilbud', 'Krisesentertilbudet for kvinner')
    await user.type(textField('Saksnummer (valgfritt)'), mistyped.toLowerCase())
    await user.tab()
    expect(await screen.findByText(/Ly kjenner ikke dette saksnummeret/)).toBeInTheDocument()
    expect(textField('Saksnummer (valgfritt)')).toHaveValue(mistyped)

    await user.click(screen.getByRole('button', SAVE))
    const summary = await screen.findByRole('alert', { name: 'Skjemaet har feil' })
    const message = /^Saksnummeret finnes ikke fra før, og kontrolltegnet stemmer ikke/
    expect(within(summary).getByRole('link', { name: /^Saksnummer \(valgfritt\): Saksnummeret finnes ikke/ })).toBeInTheDocument()
    expect(summary).toHaveFocus()
    const field = textField('Saksnummer (valgfritt)')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent)).toContainEqual(expect.stringMatching(message))
    expect(screen.getByRole('heading', { level: 1, name: 'Registrer dagbesøk' })).toBeInTheDocument()
  })

  it('hands out a new case code, and fills in what carries over from a known one', async () => {
    const { api, open } = await staffSession()
    const known = generateCaseCode()
    await createDayVisit(api, dayVisitInput({ case_code: known, first_visit_in_year: null, visit_date: '2026-02-10', sex: 'male', civil_status: 'single', age: 40 }))
    const { user } = open('/dagbesok/ny')

    await user.click(await screen.findByRole('button', { name: 'Lag nytt saksnummer' }))
    expect(await screen.findByText(/^Nytt saksnummer: [0-9A-Z]{7}\./)).toBeInTheDocument()
    expect((textField('Saksnummer (valgfritt)') as HTMLInputElement).value).toMatch(/^[0-9A-Z]{7}$/)

    await answer(user, CONSENT, 'Ja')
    await fill(user, 'Saksnummer (valgfritt)', known)
    await user.tab()
    expect(await screen.findByText('Saksnummeret er brukt før. Siste registrering er fra 10.02.2026.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Fyll inn svar fra forrige registrering' }))
    expect(checkedOptions(question('Kjønn'))).toEqual(['Mann'])
    expect(screen.getByRole('combobox', { name: 'Sivilstand' })).toHaveDisplayValue('Enslig')
    // Age is asked afresh at each visit.
    expect(textField('Alder ved besøket')).toHaveValue('')
    expect(screen.getByText(/^Fylte inn \d+ svar fra forrige registrering: Kjønn; Sivilstand/)).toBeInTheDocument()
  })
})
