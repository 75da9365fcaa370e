import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { answer, checkboxGroup, checkedOptions, tick } from '@/testing/record-form-queries'
import { getTurnedAwayRequest, getTurnedAwayRequests } from '../api/turned-away-endpoints'
import { turnedAwaySession } from '../testing/turned-away-session'

const SAVE = { name: 'Lagre henvendelsen' }
const allOf2026 = { year: 2026, offer: 'all', month: null, consent: 'all', caseCode: '' } as const

describe('registering a turned-away request', () => {
  it('opens from the board in the offer chosen there, saves four answers and leads back to the board', async () => {
    const { api, open } = await turnedAwaySession(['Krisesenteret i Nabobyen'])
    const { user, router } = open('/na-pa-senteret')
    expect(await screen.findByRole('link', { name: 'Registrer avvist henvendelse, menn' })).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Registrer avvist henvendelse, kvinner' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Registrer avvist henvendelse' })).toBeInTheDocument()
    expect(checkedOptions(await screen.findByRole('radiogroup', { name: 'Tilbud' }))).toEqual(['Krisesentertilbudet for kvinner'])
    expect(screen.getByRole('textbox', { name: 'Dato' })).toHaveValue('02.03.2026')
    // No consent question and nothing about the person (decision 0028).
    expect(screen.queryByRole('radiogroup', { name: /Samtykker/ })).toBeNull()
    expect(screen.queryByRole('textbox', { name: /Saksnummer/ })).toBeNull()

    await answer(user, 'Hvem henvendte seg?', 'Politiet')
    await answer(user, 'Hvorfor kunne senteret ikke gi et tilbud?', 'Botilbudet var fullt')
    expect(screen.queryByRole('combobox', { name: 'Hvilket krisesenter ble personen henvist til?' })).toBeNull()
    await tick(user, 'Hva ble gjort?', 'Henvist til et annet krisesenter')
    const centre = screen.getByRole('combobox', { name: 'Hvilket krisesenter ble personen henvist til?' })
    expect(
      within(centre)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Ikke besvart', 'Et krisesenter som ikke står på listen', 'Krisesenteret i Nabobyen'])
    await user.selectOptions(centre, 'Krisesenteret i Nabobyen')
    await answer(user, 'Hvor mange barn ville ha kommet med?', '2')
    await user.click(screen.getByRole('button', SAVE))

    expect(await screen.findByRole('heading', { level: 1, name: 'Nå på senteret' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/na-pa-senteret')
    expect(await screen.findByText('Henvendelsen er lagret.')).toHaveAttribute('role', 'status')
    const [listed] = (await getTurnedAwayRequests(api, allOf2026, null)).records
    const stored = await getTurnedAwayRequest(api, listed?.id ?? '')
    expect(stored.values).toMatchObject({
      offer: 'women',
      request_date: '2026-03-02',
      requester: 'police',
      reason: 'house_full',
      action_taken: ['referred_other_centre'],
      children_count: '2',
    })
    expect(stored.values.referred_to_centre).toBe('local_krisesenteret_i_nabobyen')
  })

  it('says which answers are missing, and «Ingenting» clears the other actions', async () => {
    const { open } = await turnedAwaySession()
    const { user } = open('/avviste-henvendelser/ny')
    await screen.findByRole('group', { name: 'Hva ble gjort?' })
    await tick(user, 'Hva ble gjort?', 'Tok i bruk en ekstra seng/plass', 'Ingenting')
    expect(checkedOptions(checkboxGroup('Hva ble gjort?'))).toEqual(['Ingenting'])
    await user.click(screen.getByRole('button', SAVE))
    const summary = await screen.findByRole('alert', { name: 'Skjemaet har feil' })
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent.split(':')[0]),
    ).toEqual(['Tilbud', 'Hvem henvendte seg?', 'Hvorfor kunne senteret ikke gi et tilbud?', 'Hvor mange barn ville ha kommet med?'])
  })

  it('is one step from the duty phone, and leads back there', async () => {
    const { open } = await turnedAwaySession()
    const { user, router } = open('/vakttelefon')
    await user.click(await screen.findByRole('link', { name: 'Registrer avvist henvendelse, menn' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Registrer avvist henvendelse' })).toBeInTheDocument()
    expect(checkedOptions(await screen.findByRole('radiogroup', { name: 'Tilbud' }))).toEqual(['Krisesentertilbudet for menn'])
    await answer(user, 'Hvem henvendte seg?', 'Personen selv')
    await answer(user, 'Hvorfor kunne senteret ikke gi et tilbud?', 'Utenfor målgruppen for tilbudet')
    await tick(user, 'Hva ble gjort?', 'Annen hjelp')
    await answer(user, 'Hvor mange barn ville ha kommet med?', 'Ingen')
    await user.click(screen.getByRole('button', SAVE))
    expect(await screen.findByRole('heading', { level: 1, name: 'Vakttelefon' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/vakttelefon')
    expect(await screen.findByText('Henvendelsen er lagret.')).toBeInTheDocument()
  })
})
