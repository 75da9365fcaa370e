import { screen, within } from '@testing-library/react'
import { allFields, dayVisitForm, generateCaseCode, isEmptyValue } from '@ly/forms'
import { describe, expect, it } from 'vitest'
import { answer, checkedOptions, fill, question, queryQuestion, textField } from '@/testing/record-form-queries'
import { createPhoneSession } from '@/features/phone-sessions/api/phone-session-endpoints'
import { phoneSessionInput } from '@/features/phone-sessions/testing/phone-session-inputs'
import { createDayVisit, getDayVisit, getDayVisits } from '../api/day-visit-endpoints'
import { dayVisitInput, staffSession } from '../testing/staff-session'

const CONSENT = 'Samtykker brukeren til at det registreres anonymisert statistisk informasjon?'
const SAVE = { name: 'Lagre besøket' }
const FIRST = 'Er dette brukerens første dagsbesøk i år?'
const allOf2026 = { year: 2026, offer: 'all', month: null, consent: 'all', caseCode: '' } as const

describe('registering a day visit', () => {
  it("starts in the list's offer, saves, and shows the visit in the list", async () => {
    const { open } = await staffSession()
    const { user, router } = open('/dagbesok?year=2026&offer=women')
    await user.click(await screen.findByRole('link', { name: 'Registrer dagbesøk' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Registrer dagbesøk' })).toBeInTheDocument()
    expect(checkedOptions(question('Tilbud'))).toEqual(['Krisesentertilbudet for kvinner'])

    await answer(user, CONSENT, 'Ja')
    await answer(user, FIRST, 'Ja')
    await answer(user, 'Hvor fant besøket sted?', 'På krisesenteret')
    await answer(user, 'Kjønn', 'Kvinne')
    await fill(user, 'Alder ved besøket', '34')
    await user.click(screen.getByRole('button', SAVE))

    expect(await screen.findByRole('heading', { level: 1, name: 'Dagbesøk' })).toBeInTheDocument()
    expect(router.state.location.search).toBe('?year=2026&offer=women')
    expect(await screen.findByText('Besøket er lagret.')).toHaveAttribute('role', 'status')
    const table = await screen.findByRole('table', { name: 'Dagbesøk 2026, kvinner (1 besøk)' })
    const row = within(table).getByRole('link', { name: 'Åpne besøk 02.03.2026' }).closest('tr')
    expect([...(row?.cells ?? [])].map((c) => c.textContent)).toEqual(['02.03.2026', 'Kvinner', 'Ja', '–ikke registrert', 'På krisesenteret', 'Kvinne', '34'])
  })

  it('without consent leaves only the bare event on screen, keeps what was typed for «Ja», and stores only the event', async () => {
    const { api, open } = await staffSession()
    const { user } = open('/dagbesok/ny')
    await screen.findByRole('heading', { level: 1, name: 'Registrer dagbesøk' })
    await answer(user, CONSENT, 'Ja')
    await answer(user, 'Kjønn', 'Kvinne')

    await answer(user, CONSENT, 'Nei')
    expect(screen.getByText(/Uten samtykke lagres bare selve hendelsen/)).toBeInTheDocument()
    expect(queryQuestion('Kjønn')).toBeNull()
    expect(screen.queryByRole('textbox', { name: 'Alder ved besøket' })).toBeNull()
    expect(within(question('Tilbud')).getByRole('radio', { name: 'Krisesentertilbudet for menn' })).toBeEnabled()
    // A slip of the finger: «Ja» brings the questions back with the answer given before.
    await answer(user, CONSENT, 'Ja')
    expect(checkedOptions(question('Kjønn'))).toEqual(['Kvinne'])
    await answer(user, CONSENT, 'Nei')
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
    expect(
      field
        .getAttribute('aria-describedby')
        ?.split(' ')
        .map((id) => document.getElementById(id)?.textContent),
    ).toContainEqual(expect.stringMatching(message))
    expect(screen.getByRole('heading', { level: 1, name: 'Registrer dagbesøk' })).toBeInTheDocument()
  })

  it("hands out a new case code, and fills in each carried-over answer from the person's newest record that has it", async () => {
    const { api, open } = await staffSession()
    const known = generateCaseCode()
    await createDayVisit(api, dayVisitInput({ case_code: known, first_visit_in_year: null, visit_date: '2026-02-10', sex: 'male', civil_status: 'single', age: 40 }))
    // A later phone conversation of the same person: it says sex, and asks nothing of civil status.
    await createPhoneSession(api, phoneSessionInput({ case_code: known, first_session_in_year: null, session_date: '2026-02-20', sex: 'female' }))
    const { user } = open('/dagbesok/ny')

    await user.click(await screen.findByRole('button', { name: 'Lag nytt saksnummer' }))
    expect(await screen.findByText(/^Nytt saksnummer: [0-9A-Z]{7}\./)).toBeInTheDocument()
    expect((textField('Saksnummer (valgfritt)') as HTMLInputElement).value).toMatch(/^[0-9A-Z]{7}$/)

    await answer(user, CONSENT, 'Ja')
    await fill(user, 'Saksnummer (valgfritt)', known)
    await user.tab()
    // The visit is dated 02.03.2026; the visit of 10.02 was the first in the year.
    expect(
      await screen.findByText(
        'Saksnummeret er brukt før. Siste registrering er fra 20.02.2026 (samtale). Første besøk i år: nei – Ly fant tidligere besøk i 2026 (fra 10.02.2026).',
      ),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Fyll inn svar fra tidligere registreringer' }))
    expect(checkedOptions(question('Kjønn'))).toEqual(['Kvinne'])
    expect(screen.getByRole('combobox', { name: 'Sivilstand' })).toHaveDisplayValue('Enslig')
    // Age is asked afresh at each visit.
    expect(textField('Alder ved besøket')).toHaveValue('')
    expect(screen.getByText(/^Fylte inn \d+ svar fra tidligere registreringer: Kjønn; Sivilstand/)).toBeInTheDocument()
  })

  it('says that a visit is the first in the year when the code has no visit before it', async () => {
    const { api, open } = await staffSession()
    const code = generateCaseCode()
    await createPhoneSession(api, phoneSessionInput({ case_code: code, first_session_in_year: null, session_date: '2026-01-05' }))
    const { user } = open('/dagbesok/ny')
    await screen.findByRole('heading', { level: 1, name: 'Registrer dagbesøk' })
    await answer(user, CONSENT, 'Ja')
    await fill(user, 'Saksnummer (valgfritt)', code)
    // Looked up as it is typed, without leaving the field; Ly's answer is filled in.
    expect(
      await screen.findByText('Saksnummeret er brukt før. Siste registrering er fra 05.01.2026 (samtale). Første besøk i år: ja – Ly fant ingen tidligere besøk i 2026.'),
    ).toBeInTheDocument()
    expect(checkedOptions(question(FIRST))).toEqual(['Ja'])
  })

  it('requires «første dagsbesøk i år» without a case code, and takes «Vet ikke» for an answer (decision 0037)', async () => {
    const { api, open } = await staffSession()
    const { user } = open('/dagbesok/ny')
    await screen.findByRole('heading', { level: 1, name: 'Registrer dagbesøk' })
    await answer(user, CONSENT, 'Ja')
    await answer(user, 'Tilbud', 'Krisesentertilbudet for kvinner')
    expect(within(question(FIRST)).getAllByRole('radio')).toHaveLength(3)
    for (const name of ['Ja', 'Nei', 'Vet ikke']) expect(within(question(FIRST)).getByRole('radio', { name })).not.toBeChecked()
    await user.click(screen.getByRole('button', SAVE))
    const summary = await screen.findByRole('alert', { name: 'Skjemaet har feil' })
    expect(within(summary).getByRole('link', { name: `${FIRST}: Må besvares.` })).toBeInTheDocument()

    await answer(user, FIRST, 'Vet ikke')
    await user.click(screen.getByRole('button', SAVE))
    expect(await screen.findByText('Besøket er lagret.')).toBeInTheDocument()
    const [listed] = (await getDayVisits(api, allOf2026, null)).records
    expect((await getDayVisit(api, listed!.id)).values.first_visit_in_year).toBe('unknown')
  })

  // Issue 16: the sentence and the answer were worked out once, when the code was looked up.
  it('works «første besøk i år» out again when the date changes, and keeps an answer the worker chose', async () => {
    const { api, open } = await staffSession()
    const code = generateCaseCode()
    await createDayVisit(api, dayVisitInput({ case_code: code, visit_date: '2026-02-10' }))
    const { user } = open('/dagbesok/ny')
    await screen.findByRole('heading', { level: 1, name: 'Registrer dagbesøk' })
    await answer(user, CONSENT, 'Ja')
    await fill(user, 'Saksnummer (valgfritt)', code)
    // Dated 02.03.2026 (today): the visit of 10.02 came first.
    expect(await screen.findByText(/Første besøk i år: nei – Ly fant tidligere besøk i 2026 \(fra 10\.02\.2026\)\./)).toBeInTheDocument()
    expect(checkedOptions(question(FIRST))).toEqual(['Nei'])

    await fill(user, 'Dato for besøket', '05.02.2026')
    expect(await screen.findByText(/Første besøk i år: ja – Ly fant ingen tidligere besøk i 2026\./)).toBeInTheDocument()
    expect(checkedOptions(question(FIRST))).toEqual(['Ja'])

    // The worker's own answer is theirs: a new date changes the sentence, not the answer.
    await answer(user, FIRST, 'Vet ikke')
    await fill(user, 'Dato for besøket', '20.02.2026')
    expect(await screen.findByText(/Første besøk i år: nei – Ly fant tidligere besøk i 2026 \(fra 10\.02\.2026\)\./)).toBeInTheDocument()
    expect(checkedOptions(question(FIRST))).toEqual(['Vet ikke'])
  })
})
