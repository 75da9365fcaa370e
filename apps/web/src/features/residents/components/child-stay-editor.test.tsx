import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { readJson } from '@/lib/api-error'
import { adultStayInput, bareAdultStayInput, bareChildStayInput, childStayInput, staySession } from '../testing/stay-session'

const CHILD_CONSENT = 'Samtykke til anonymisert statistikk (følger den voksnes svar)'
const radio = (question: string, option: string) => within(screen.getByRole('radiogroup', { name: question })).getByRole('radio', { name: option })

describe("a child's stay", () => {
  it("shows consent and offer as the adult's; saves its own answers", async () => {
    const { seedAdult, seedChild, open, api } = await staySession()
    const adult = await seedAdult(adultStayInput())
    const child = await seedChild(adult.id, childStayInput({ age: null }))
    const { user } = open(`/opphold/${adult.id}/barn/${child.id}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Barnets opphold 01.02.2026' })).toBeInTheDocument()
    expect(radio(CHILD_CONSENT, 'Ja')).toBeChecked()
    expect(radio(CHILD_CONSENT, 'Ja')).toBeDisabled()
    expect(radio('Tilbud', 'Krisesentertilbudet for kvinner')).toBeDisabled()
    expect(screen.getAllByText('Følger den voksnes opphold og kan bare endres der.')).toHaveLength(2)
    expect(
      within(screen.getByRole('region', { name: 'Mangler' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Barnets alder ved innflytting'])
    expect(screen.queryByRole('button', { name: 'Trekk tilbake samtykke' })).toBeNull()
    expect(screen.getByRole('link', { name: 'den voksnes opphold' })).toBeInTheDocument()

    await user.type(screen.getByRole('textbox', { name: 'Barnets alder ved innflytting' }), '4')
    await user.click(screen.getByRole('button', { name: 'Lagre' }))
    expect(await screen.findByText('Endringene er lagret.')).toBeInTheDocument()
    expect(within(screen.getByRole('region', { name: 'Mangler' })).getByText('Ingen svar mangler.')).toBeInTheDocument()
    const stored = await readJson(await api.client['child-stays'][':id'].$get({ param: { id: child.id } }))
    expect(stored.values).toMatchObject({ age: 4, consent_to_statistics: true, offer: 'women' })
  })

  it("without the adult's consent only the dates can be changed", async () => {
    const { seedAdult, seedChild, open } = await staySession()
    const adult = await seedAdult(bareAdultStayInput())
    const child = await seedChild(adult.id, bareChildStayInput({ stay_start_date: '2026-02-03' }))
    open(`/opphold/${adult.id}/barn/${child.id}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Barnets opphold 03.02.2026' })).toBeInTheDocument()
    expect(radio(CHILD_CONSENT, 'Nei')).toBeChecked()
    expect(screen.queryByRole('radiogroup', { name: 'Kjønn' })).toBeNull()
    expect(screen.queryByRole('textbox', { name: 'Barnets alder ved innflytting' })).toBeNull()
    expect(screen.getByRole('textbox', { name: 'Innflyttingsdato' })).toBeEnabled()
    expect(screen.getByRole('textbox', { name: 'Utflyttingsdato' })).toBeEnabled()
    expect(within(screen.getByRole('region', { name: 'Mangler' })).getByText('Ingen svar mangler.')).toBeInTheDocument()
  })
})
