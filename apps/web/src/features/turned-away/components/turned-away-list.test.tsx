import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApiError } from '@/lib/api-error'
import { answer, checkedOptions, question } from '@/testing/record-form-queries'
import { createTurnedAwayRequest, getTurnedAwayRequest } from '../api/turned-away-endpoints'
import { turnedAwayInput, turnedAwaySession } from '../testing/turned-away-session'

const rowCells = (name: string) => [...(screen.getByRole('link', { name }).closest('tr')?.cells ?? [])].map((c) => c.textContent)

describe('the list of turned-away requests', () => {
  it("lists a year's requests by offer, opens one, saves a correction and deletes it", async () => {
    const { api, open } = await turnedAwaySession()
    await createTurnedAwayRequest(api, turnedAwayInput({ request_date: '2026-01-10', action_taken: ['extra_bed', 'other_help'], referred_to_centre: null }))
    const request = await createTurnedAwayRequest(api, turnedAwayInput({ request_date: '2026-02-20', offer: 'men', requester: 'person', reason: 'outside_target_group' }))
    await createTurnedAwayRequest(api, turnedAwayInput({ request_date: '2025-12-31' }))
    const { user } = open('/avviste-henvendelser?year=2026')

    expect(await screen.findByRole('table', { name: 'Avviste henvendelser 2026 (2 henvendelser)' })).toBeInTheDocument()
    expect(rowCells('Åpne henvendelse 10.01.2026')).toEqual(['10.01.2026', 'Kvinner', 'Politiet', 'Botilbudet var fullt', '2'])
    expect(screen.queryByRole('combobox', { name: 'Samtykke' })).toBeNull()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tilbud' }), 'Menn')
    expect(await screen.findByRole('table', { name: 'Avviste henvendelser 2026, menn (1 henvendelse)' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Registrer avvist henvendelse' })).toHaveAttribute('href', '/avviste-henvendelser/ny?offer=men')

    await user.click(screen.getByRole('link', { name: 'Åpne henvendelse 20.02.2026' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Avvist henvendelse 20.02.2026' })).toBeInTheDocument()
    expect(checkedOptions(question('Hvem henvendte seg?'))).toEqual(['Personen selv'])
    await answer(user, 'Hvem henvendte seg?', 'Barnevernet')
    await user.click(screen.getByRole('button', { name: 'Lagre endringer' }))
    expect(await screen.findByText('Endringene er lagret.')).toBeInTheDocument()
    expect(await getTurnedAwayRequest(api, request.id)).toMatchObject({ version: 2, values: { requester: 'child_welfare' } })
    // No consent to withdraw: the record holds nothing about the person.
    expect(screen.queryByRole('button', { name: 'Trekk tilbake samtykke' })).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Slett henvendelse' }))
    const dialog = screen.getByRole('dialog', { name: 'Slette henvendelsen 20.02.2026?' })
    await user.click(within(dialog).getByRole('button', { name: 'Ja, slett henvendelsen' }))
    expect(await screen.findByText('Henvendelsen er slettet.')).toBeInTheDocument()
    expect(await screen.findByRole('table', { name: 'Avviste henvendelser 2026 (1 henvendelse)' })).toBeInTheDocument()
    await expect(getTurnedAwayRequest(api, request.id)).rejects.toBeInstanceOf(ApiError)
  })
})
