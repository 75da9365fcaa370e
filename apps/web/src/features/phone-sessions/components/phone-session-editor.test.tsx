import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApiError } from '@/lib/api-error'
import { answer, checkedOptions, question, queryQuestion } from '@/testing/record-form-queries'
import { signedInSession } from '@/testing/signed-in-session'
import { createPhoneSession, getPhoneSession, updatePhoneSession } from '../api/phone-session-endpoints'
import { phoneSessionInput } from '../testing/phone-session-inputs'

const SAVE = { name: 'Lagre endringer' }

async function openSeededSession() {
  const session = await signedInSession()
  const created = await createPhoneSession(session.api, phoneSessionInput({ session_date: '2026-02-15', channel: 'phone' }))
  const { user } = session.open('/telefonsamtaler?year=2026')
  await user.click(await screen.findByRole('link', { name: 'Åpne samtale 15.02.2026' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Enesamtale 15.02.2026' })).toBeInTheDocument()
  return { ...session, user, created }
}

describe('correcting a one-to-one conversation', () => {
  it('saves a correction, and shows a conflict instead of overwriting a change made meanwhile', async () => {
    const { api, user, created } = await openSeededSession()
    expect(checkedOptions(question('Samtalen ble holdt på'))).toEqual(['Telefon'])
    await answer(user, 'Samtalen ble holdt på', 'Video')
    await user.click(screen.getByRole('button', SAVE))
    expect(await screen.findByText('Endringene er lagret.')).toBeInTheDocument()
    expect(await getPhoneSession(api, created.id)).toMatchObject({ version: 2, values: { channel: 'video' } })

    // Another tab saves first.
    await updatePhoneSession(api, created.id, 2, phoneSessionInput({ session_date: '2026-02-15', reason_by_phone: 'other' }))
    await answer(user, 'Kjønn', 'Annet / ikke oppgitt')
    await user.click(screen.getByRole('button', SAVE))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/endret av noen andre/)
    const reload = within(alert).getByRole('button', { name: 'Last inn på nytt' })
    expect(reload).toHaveFocus()
    expect(await getPhoneSession(api, created.id)).toMatchObject({ version: 3, values: { sex: 'female', reason_by_phone: 'other' } })
    await user.click(reload)
    expect(await screen.findByText('Samtalen er lastet inn på nytt med de siste endringene.')).toBeInTheDocument()
    expect(checkedOptions(question('Hvorfor ble samtalen holdt på telefon/video og ikke på senteret?'))).toEqual(['Andre årsaker'])
  })

  it('withdraws consent after a confirmation, then deletes after another', async () => {
    const { api, user, created } = await openSeededSession()
    await user.click(screen.getByRole('button', { name: 'Trekk tilbake samtykke' }))
    const withdraw = screen.getByRole('dialog', { name: 'Trekke tilbake samtykket?' })
    expect(withdraw).toHaveAccessibleDescription(/Alle svarene om brukeren i denne samtalen slettes for godt\. Bare selve samtalen blir igjen/)
    expect(within(withdraw).getByRole('button', { name: 'Avbryt' })).toHaveFocus()
    await user.click(within(withdraw).getByRole('button', { name: 'Ja, trekk tilbake samtykket' }))
    expect(await screen.findByText(/Samtykket er trukket tilbake\. Svarene er slettet; bare selve samtalen er beholdt\./)).toBeInTheDocument()
    expect(queryQuestion('Kjønn')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Trekk tilbake samtykke' })).toBeNull()
    expect((await getPhoneSession(api, created.id)).values).toMatchObject({
      consent_to_statistics: false,
      qualifies_as_one_to_one: true,
      channel: null,
      sex: null,
      prior_contact: [],
    })

    await user.click(screen.getByRole('button', { name: 'Slett samtale' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Slette samtalen 15.02.2026?' })).getByRole('button', { name: 'Avbryt' }))
    expect((await getPhoneSession(api, created.id)).id).toBe(created.id)
    await user.click(screen.getByRole('button', { name: 'Slett samtale' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Slette samtalen 15.02.2026?' })).getByRole('button', { name: 'Ja, slett samtalen' }))
    expect(await screen.findByText('Samtalen er slettet.')).toBeInTheDocument()
    expect(await screen.findByText('Ingen samtaler registrert for valgene over.')).toBeInTheDocument()
    await expect(getPhoneSession(api, created.id)).rejects.toBeInstanceOf(ApiError)
  })
})
