import { screen, within } from '@testing-library/react'
import { generateCaseCode } from '@ly/forms'
import { describe, expect, it } from 'vitest'
import { adultCheckOut, adultStayInput, bareAdultStayInput, childStayInput, staySession } from '../testing/stay-session'

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1)
const rowText = (row: HTMLElement) => [
  within(row).getByRole('rowheader').textContent,
  ...within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent),
]

describe('the list of stays', () => {
  it('lists a year by check-in with nights, status and children, and filters in the URL', async () => {
    const { seedAdult, seedChild, open } = await staySession()
    const code = generateCaseCode()
    const closed = await seedAdult(adultStayInput({ stay_start_date: '2026-01-05', ...adultCheckOut('2026-01-20') }))
    await seedChild(closed.id, childStayInput({ stay_start_date: '2026-01-05', stay_end_date: '2026-01-20' }))
    await seedChild(closed.id, childStayInput({ stay_start_date: '2026-01-06', stay_end_date: '2026-01-20' }))
    await seedAdult(bareAdultStayInput({ stay_start_date: '2026-02-10', case_code: code }))
    const { user, router, requests } = open('/opphold?year=2026')
    const table = await screen.findByRole('table', { name: 'Opphold 2026 (2 opphold)' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Innflyttet', 'Utflyttet', 'Bodøgn', 'Status', 'Samtykke', 'Saksnummer', 'Barn', 'Kjønn', 'Alder'])
    // The children's counts come with the rows, at once: the table asks nothing more per row.
    expect(bodyRows(table).map(rowText)).toEqual([
      ['10.02.2026', '–bor fortsatt på senteret', '20', 'Pågår', 'Nei', code, '0', '–ikke registrert', '–ikke registrert'],
      ['05.01.2026', '20.01.2026', '15', 'Avsluttet', 'Ja', '–uten saksnummer', '2', 'Kvinne', '34'],
    ])
    expect(requests.filter((path) => path.includes('/children'))).toEqual([])

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Avsluttet')
    expect(await screen.findByRole('table', { name: 'Opphold 2026, avsluttet (1 opphold)' })).toBeInTheDocument()
    expect(router.state.location.search).toBe('?year=2026&status=closed')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Alle')
    await user.type(screen.getByRole('textbox', { name: 'Saksnummer' }), code.toLowerCase())
    await user.click(screen.getByRole('button', { name: 'Søk' }))
    const found = await screen.findByRole('table', { name: `Opphold 2026, saksnummer ${code} (1 opphold)` })
    await user.click(within(found).getByRole('link', { name: 'Åpne opphold 10.02.2026' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Opphold 10.02.2026' })).toBeInTheDocument()
  })
})
