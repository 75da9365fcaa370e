import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApiError } from '@/lib/api-error'
import { signedInSession } from '@/testing/signed-in-session'
import { createIncomingCall, getIncomingCall, updateIncomingCall } from '../api/incoming-call-endpoints'
import { updateCentreOption } from '@/features/centre-options/api/update-centre-option'
import { quickCallInput } from '../testing/call-inputs'

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...(row as HTMLTableRowElement).cells].map((c) => c.textContent))
const callerOptions = () =>
  within(screen.getByRole('combobox', { name: 'Hvem ringte?' }))
    .getAllByRole('option')
    .map((o) => o.textContent)

describe('the duty-phone log', () => {
  it("lists a year's calls with the centre's labels, filters by month, and corrects a call", async () => {
    // An administrator: staff register and correct calls too, but only administrators retire categories.
    const { api, open } = await signedInSession('admin')
    const lawyer = await createIncomingCall(api, quickCallInput({ call_date: '2026-02-10', caller_type: 'lawyer', call_reason: 'guidance' }))
    await createIncomingCall(api, quickCallInput({ caller_type: 'police', is_crisis_call: true }))
    await createIncomingCall(api, { offer: 'men', call_date: '2026-03-01', in_scope: false })
    await updateCentreOption(api, 'caller-categories', 'lawyer', { version: 0, retired: true })

    const { user } = open('/vakttelefon')
    await user.click(await screen.findByRole('link', { name: 'innkomne samtaler' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Innkomne samtaler' })).toBeInTheDocument()
    const search = screen.getByRole('search', { name: 'Filtrer innkomne samtaler' })
    // The log has no consent question and no case code, so no such filters either.
    expect(
      within(search)
        .getAllByRole('combobox')
        .map((c) => (c as HTMLSelectElement).labels[0]?.textContent),
    ).toEqual(['År', 'Tilbud', 'Måned'])
    expect(within(search).queryByRole('textbox')).toBeNull()

    const table = await screen.findByRole('table', { name: 'Innkomne samtaler 2026 (3 samtaler)' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Dato', 'Hvem ringte', 'Gjelder vold/krisesenter', 'Krisetelefon', 'Årsak'])
    // Newest first; a retired category keeps its label on the calls that have it.
    expect(rowTexts(table)).toEqual([
      ['02.03.2026', 'Politiet', 'Ja', 'Ja', '–ikke registrert'],
      ['01.03.2026', '–ikke registrert', 'Nei', '–ikke registrert', '–ikke registrert'],
      ['10.02.2026', 'Advokat', 'Ja', '–ikke registrert', 'Veiledning og rådgivning til brukere og hjelpeapparat'],
    ])
    await user.selectOptions(within(search).getByRole('combobox', { name: 'Måned' }), 'februar')
    expect(await screen.findByRole('table', { name: 'Innkomne samtaler 2026, februar (1 samtale)' })).toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: 'Åpne samtale 10.02.2026, Advokat' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Innkommende samtale 10.02.2026' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Hvem ringte?' })).toHaveDisplayValue('Advokat (ikke lenger i bruk)')
    expect(screen.queryByRole('button', { name: 'Trekk tilbake samtykke' })).toBeNull()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Hvem ringte?' }), 'NAV')
    // The call held it when opened, so it may still go back to it.
    expect(callerOptions()).toContain('Advokat (ikke lenger i bruk)')
    await user.click(screen.getByRole('button', { name: 'Lagre endringer' }))
    expect(await screen.findByText('Endringene er lagret.')).toBeInTheDocument()
    expect(await getIncomingCall(api, lawyer.id)).toMatchObject({ version: 2, values: { caller_type: 'nav', call_reason: 'guidance' } })

    await user.click(screen.getByRole('link', { name: 'Tilbake til listen' }))
    await user.click(await screen.findByRole('link', { name: 'Åpne samtale 02.03.2026, Politiet' }))
    await screen.findByRole('heading', { level: 1, name: 'Innkommende samtale 02.03.2026' })
    expect(callerOptions()).not.toContainEqual(expect.stringMatching(/Advokat/))
  })

  it('deletes a call only after a confirmation, and not over a change made meanwhile', async () => {
    const { api, open } = await signedInSession('staff')
    const call = await createIncomingCall(api, quickCallInput())
    const { user } = open(`/vakttelefon/logg/${call.id}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Innkommende samtale 02.03.2026' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Sletting' })).toBeInTheDocument()
    // Another tab corrects the call first.
    await updateIncomingCall(api, call.id, 1, quickCallInput({ caller_type: 'nav' }))

    await user.click(screen.getByRole('button', { name: 'Slett samtale' }))
    const dialog = screen.getByRole('dialog', { name: 'Slette samtalen 02.03.2026?' })
    expect(dialog).toHaveAccessibleDescription(/Samtalen og alle svarene slettes for godt/)
    await user.click(within(dialog).getByRole('button', { name: 'Ja, slett samtalen' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(/endret av noen andre/)
    expect((await getIncomingCall(api, call.id)).version).toBe(2)

    await user.click(within(alert).getByRole('button', { name: 'Last inn på nytt' }))
    expect(await screen.findByText('Samtalen er lastet inn på nytt med de siste endringene.')).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Hvem ringte?' })).toHaveDisplayValue('NAV')
    await user.click(screen.getByRole('button', { name: 'Slett samtale' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Slette samtalen 02.03.2026?' })).getByRole('button', { name: 'Ja, slett samtalen' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Innkomne samtaler' })).toBeInTheDocument()
    expect(await screen.findByText('Samtalen er slettet.')).toBeInTheDocument()
    expect(await screen.findByText('Ingen samtaler registrert for valgene over.')).toBeInTheDocument()
    await expect(getIncomingCall(api, call.id)).rejects.toBeInstanceOf(ApiError)
  })
})
