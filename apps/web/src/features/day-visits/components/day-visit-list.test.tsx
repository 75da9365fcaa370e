import { screen, waitFor, within } from '@testing-library/react'
import { generateCaseCode } from '@ly/forms'
import { describe, expect, it } from 'vitest'
import { createDayVisit } from '../api/day-visit-endpoints'
import { bareDayVisitInput, dayVisitInput, staffSession } from '../testing/staff-session'

const rowDates = () =>
  within(screen.getByRole('table'))
    .getAllByRole('link')
    .map((link) => link.textContent)

describe('the list of day visits', () => {
  it("lists a year's visits and filters them by offer, month, consent and case code", async () => {
    const { api, open } = await staffSession()
    const code = generateCaseCode()
    await createDayVisit(api, dayVisitInput({ visit_date: '2026-01-15' }))
    await createDayVisit(api, dayVisitInput({ visit_date: '2026-02-01', offer: 'men', sex: 'male' }))
    await createDayVisit(api, bareDayVisitInput({ visit_date: '2026-02-20', case_code: code }))
    await createDayVisit(api, dayVisitInput({ visit_date: '2025-12-31', first_contact_year: 2024 }))
    const { user, router } = open('/dagbesok?year=2026')

    expect(await screen.findByRole('table', { name: 'Dagbesøk 2026 (3 besøk)' })).toBeInTheDocument()
    expect(rowDates()).toEqual(['20.02.2026', '01.02.2026', '15.01.2026'])
    expect(screen.getByRole('navigation', { name: 'Hovedmeny' })).toContainElement(screen.getByRole('link', { name: 'Dagbesøk' }))

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tilbud' }), 'Menn')
    expect(await screen.findByRole('table', { name: 'Dagbesøk 2026, menn (1 besøk)' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Registrer dagbesøk' })).toHaveAttribute('href', '/dagbesok/ny?offer=men')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tilbud' }), 'Alle')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Måned' }), 'februar')
    expect(await screen.findByRole('table', { name: 'Dagbesøk 2026, februar (2 besøk)' })).toBeInTheDocument()

    await user.selectOptions(screen.getByRole('combobox', { name: 'Samtykke' }), 'Nei')
    expect(await screen.findByRole('table', { name: 'Dagbesøk 2026, februar, uten samtykke (1 besøk)' })).toBeInTheDocument()
    expect(rowDates()).toEqual(['20.02.2026'])

    await user.selectOptions(screen.getByRole('combobox', { name: 'Samtykke' }), 'Alle')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Måned' }), 'Alle')
    await user.type(screen.getByRole('textbox', { name: 'Saksnummer' }), `${code.toLowerCase()}{Enter}`)
    expect(await screen.findByRole('table', { name: `Dagbesøk 2026, saksnummer ${code} (1 besøk)` })).toBeInTheDocument()
    expect(router.state.location.search).toBe(`?year=2026&case_code=${code.toLowerCase()}`)

    await user.clear(screen.getByRole('textbox', { name: 'Saksnummer' }))
    await user.click(screen.getByRole('button', { name: 'Søk' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'År' }), '2025')
    expect(await screen.findByRole('table', { name: 'Dagbesøk 2025 (1 besøk)' })).toBeInTheDocument()
    expect(rowDates()).toEqual(['31.12.2025'])
  })

  it('shows 50 at a time: "Vis flere besøk" adds the next page and moves focus to its first row', async () => {
    const { api, open } = await staffSession()
    // 51 visits, the oldest on the 1st of January: the one the first page leaves out.
    await createDayVisit(api, bareDayVisitInput({ visit_date: '2026-01-01' }))
    for (let i = 0; i < 50; i++) await createDayVisit(api, bareDayVisitInput({ visit_date: '2026-02-10' }))
    const { user } = open('/dagbesok?year=2026')

    // The caption counts every page, not only the rows fetched so far.
    expect(await screen.findByRole('table', { name: 'Dagbesøk 2026 (51 besøk)' })).toBeInTheDocument()
    expect(rowDates()).toHaveLength(50)
    expect(rowDates()).not.toContain('01.01.2026')
    expect(screen.getByText('Viser 50 av 51 besøk.')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Vis flere besøk' }))
    await waitFor(() => expect(rowDates()).toHaveLength(51))
    expect(rowDates().at(-1)).toBe('01.01.2026')
    expect(screen.getByRole('link', { name: 'Åpne besøk 01.01.2026' })).toHaveFocus()
    expect(screen.queryByRole('button', { name: 'Vis flere besøk' })).toBeNull()
    expect(screen.queryByText(/^Viser \d+ av/)).toBeNull()
  })

  it('says so when nothing matches', async () => {
    const { open } = await staffSession()
    open('/dagbesok?year=2026')
    expect(await screen.findByText('Ingen dagbesøk registrert for valgene over.')).toBeInTheDocument()
    expect(screen.queryByRole('table')).toBeNull()
  })
})
