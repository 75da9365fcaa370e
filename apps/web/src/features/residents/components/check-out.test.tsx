import { screen, within } from '@testing-library/react'
import { generateCaseCode } from '@ly/forms'
import { describe, expect, it } from 'vitest'
import { readJson } from '@/lib/api-error'
import { adultStayInput, bareAdultStayInput, childStayInput, staySession } from '../testing/stay-session'

describe('"Nå på senteret" and checking out', () => {
  it('shows the house: the counts, each adult with their children beneath, nights so far and what is missing; filters by offer', async () => {
    const { seedAdult, seedChild, open } = await staySession()
    const [woman, man] = [generateCaseCode(), generateCaseCode()]
    const adult = await seedAdult(adultStayInput({ case_code: woman, first_stay_in_year: null, age: null }))
    await seedChild(adult.id, childStayInput({ stay_start_date: '2026-02-20', sex: null }))
    await seedAdult(bareAdultStayInput({ offer: 'men', stay_start_date: '2026-02-27', case_code: man }))
    const { user } = open('/na-pa-senteret')
    expect(await screen.findByRole('heading', { level: 1, name: 'Nå på senteret' })).toBeInTheDocument()

    const counts = await screen.findByRole('region', { name: 'Bor her nå' })
    expect(
      within(counts)
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toEqual(['Voksne', 'Barn'])
    expect(
      within(counts)
        .getAllByRole('definition')
        .map((d) => d.textContent),
    ).toEqual(['2', '1'])
    // No annual form gives the number of places: the counts say nothing about free places.
    expect(within(counts).queryByText(/Ledige plasser/)).toBeNull()

    // The test server's day is 02.03.2026: 29 nights since 01.02, 3 since 27.02, 10 since 20.02.
    const household = screen.getByRole('article', { name: `Saksnummer ${woman}` })
    expect(within(household).getByText('Kvinne · innflyttet 01.02.2026 · 29 bodøgn hittil · 1 barn')).toBeInTheDocument()
    // The adult's missing answers, then the child's beneath.
    expect(
      within(household)
        .getAllByText(/^Mangler svar på:/)
        .map((p) => p.textContent),
    ).toEqual(['Mangler svar på: Alder ved innflytting', 'Mangler svar på: Kjønn'])
    const child = within(within(household).getByRole('list', { name: `Barn (saksnummer ${woman.toLowerCase()})` })).getByRole('listitem')
    expect(within(child).getByText('Barn 1')).toBeInTheDocument()
    expect(within(child).getByText('7 år · innflyttet 20.02.2026 · 10 bodøgn hittil')).toBeInTheDocument()
    expect(within(child).getByRole('link', { name: `Flytt ut (barn 1, saksnummer ${woman})` })).toBeInTheDocument()
    const bare = screen.getByRole('article', { name: `Saksnummer ${man}` })
    expect(within(bare).getByText('Innflyttet 27.02.2026 · 3 bodøgn hittil · ingen barn her')).toBeInTheDocument()
    expect(within(bare).getByText('Uten samtykke: bare datoene registreres.')).toBeInTheDocument()

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tilbud' }), 'Menn')
    expect(await screen.findByRole('heading', { level: 2, name: 'Bor her nå, menn' })).toBeInTheDocument()
    expect(screen.getAllByRole('article').map((a) => within(a).getByRole('heading', { level: 3 }).textContent)).toEqual([`Saksnummer ${man}`])
  })

  it('checks a child out early from the board, then asks for the answers a complete stay needs', async () => {
    const { seedAdult, seedChild, open, api } = await staySession()
    const code = generateCaseCode()
    const adult = await seedAdult(adultStayInput({ case_code: generateCaseCode(), first_stay_in_year: null }))
    const child = await seedChild(adult.id, childStayInput({ case_code: code, first_stay_in_year: null }))
    const { user } = open('/na-pa-senteret')
    await screen.findByRole('article', { name: /^Saksnummer/ })
    await user.click(screen.getByRole('link', { name: `Flytt ut (saksnummer ${code})` }))

    expect(await screen.findByRole('heading', { level: 2, name: 'Utflytting' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Utflyttingsdato' })).toHaveValue('02.03.2026')
    // Only the check-out questions are asked here.
    expect(screen.queryByRole('radiogroup', { name: 'Kjønn' })).toBeNull()
    const missing = screen.getByRole('region', { name: 'Mangler' })
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Hvilken bistand har barnet fått fra krisesentertilbudet under oppholdet?', 'Hvor drar barnet etter oppholdet i krisesentertilbudet?'])

    await user.clear(screen.getByRole('textbox', { name: 'Utflyttingsdato' }))
    await user.type(screen.getByRole('textbox', { name: 'Utflyttingsdato' }), '10.02.2026')
    await user.click(screen.getByRole('button', { name: 'Flytt ut' }))
    const summary = await screen.findByRole('alert', { name: 'Skjemaet har feil' })
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      expect.stringMatching(/^Hvilken bistand har barnet fått .*: Må besvares for at registreringen skal være fullstendig\. Velg «Lagre som ufullstendig»/),
      expect.stringMatching(/^Hvor drar barnet etter oppholdet/),
    ])

    await user.click(screen.getByRole('button', { name: 'Lagre som ufullstendig' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Nå på senteret' })).toBeInTheDocument()
    expect(await screen.findByText(new RegExp(`^Barnet \\(saksnummer ${code}\\) er flyttet ut 10\\.02\\.2026 etter 9 bodøgn\\. Lagret som ufullstendig\\.`))).toBeInTheDocument()
    expect(await screen.findByText(/· ingen barn her$/)).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: `Flytt ut (saksnummer ${code})` })).toBeNull()
    const stored = await readJson(await api.client['child-stays'][':id'].$get({ param: { id: child.id } }))
    expect(stored.values.stay_end_date).toBe('2026-02-10')
    expect(stored.derived?.status).toBe('incomplete')
  })

  it("checks out the children still here in the same step as the adult, each on the adult's date", async () => {
    const { seedAdult, seedChild, open, api } = await staySession()
    const adult = await seedAdult(adultStayInput())
    const children = [await seedChild(adult.id, childStayInput()), await seedChild(adult.id, childStayInput())]
    const { user } = open(`/opphold/${adult.id}/utflytting`)
    expect(await screen.findByRole('heading', { level: 3, name: 'De 2 barna flytter ut samtidig' })).toBeInTheDocument()
    const dates = screen.getAllByRole('textbox', { name: 'Utflyttingsdato' })
    expect(dates).toHaveLength(3)
    // The children's part comes first, the adult's questions last; each child's date follows
    // the adult's and is not typed separately.
    const adultDate = dates[2]!
    await user.clear(adultDate)
    await user.type(adultDate, '01.03.2026')
    for (const date of dates.slice(0, 2)) {
      expect(date).toHaveValue('01.03.2026')
      expect(date).toBeDisabled()
    }
    await user.click(screen.getByRole('button', { name: 'Lagre som ufullstendig' }))
    expect(await screen.findByText(/De 2 barna er flyttet ut samtidig\.$/)).toBeInTheDocument()
    for (const child of children) {
      const stored = await readJson(await api.client['child-stays'][':id'].$get({ param: { id: child.id } }))
      expect(stored.values.stay_end_date).toBe('2026-03-01')
    }
    const stored = await readJson(await api.client['adult-stays'][':id'].$get({ param: { id: adult.id } }))
    expect(stored.values.stay_end_date).toBe('2026-03-01')
  })
})
