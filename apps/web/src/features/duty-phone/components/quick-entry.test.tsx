import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { createTestServer } from '@/testing/test-server'

/** The browser's "today" must be the test BFF's (TestClock starts 2026-03-02 09:00 UTC). */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-03-02T09:00:00.000Z'))
  onTestFinished(() => void vi.useRealTimers())
  localStorage.clear()
})

async function openAs(role: 'staff' | 'admin', path = '/vakttelefon') {
  const server = await createTestServer()
  await server.signIn(role === 'admin' ? await server.admin() : await server.seedUser('vakt1', 'staff'))
  const rendered = renderApp(server, path)
  await screen.findByRole('heading', { level: 1 })
  return { ...rendered, server }
}

const total = () => screen.getByText(/registrert i dag\./)
const tallyRow = (name: string) => within(screen.getByRole('table', { name: 'Samtaler i dag etter hvem som ringte' })).getByRole('row', { name: new RegExp(`^${name}`) })

describe('the duty phone quick entry', () => {
  it('registers a call with one key, shows it in the tally, and undoes it with Ctrl+Z', async () => {
    const { user } = await openAs('staff')
    const police = await screen.findByRole('button', { name: '4 Politiet' })
    expect(police).toHaveAttribute('aria-keyshortcuts', '4')
    await waitFor(() => expect(total()).toHaveTextContent('0 samtaler registrert i dag.'))

    await user.keyboard('4')
    await waitFor(() => expect(screen.getByText('Registrert: Politiet.')).toBeInTheDocument())
    await waitFor(() => expect(total()).toHaveTextContent('1 samtale registrert i dag.'))
    expect(tallyRow('Politiet')).toHaveTextContent('1')

    await user.keyboard('1')
    await user.keyboard('0')
    await waitFor(() => expect(total()).toHaveTextContent('3 samtaler registrert i dag. 2 samtaler gjaldt vold'))

    await user.keyboard('{Control>}z{/Control}')
    await waitFor(() => expect(screen.getByText('Angret: Administrativ henvendelse.')).toBeInTheDocument())
    await waitFor(() => expect(total()).toHaveTextContent('2 samtaler registrert i dag.'))
  })

  it('adds optional details to the last call, saving each choice at once', async () => {
    const { user } = await openAs('staff')
    await user.click(await screen.findByRole('button', { name: '1 Kvinne (privatperson)' }))
    const details = await screen.findByRole('region', { name: 'Detaljer om siste samtale (valgfritt)' })
    await user.click(within(within(details).getByRole('group', { name: 'Krisetelefon?' })).getByRole('radio', { name: 'Ja' }))
    await waitFor(() => expect(screen.getByText('Detaljene er lagret.')).toBeInTheDocument())
    await waitFor(() => expect(total()).toHaveTextContent('1 var krisetelefoner'))
    // Asked of private callers only: a police call has no "on behalf of self".
    expect(within(details).getByRole('group', { name: 'Ringte personen på vegne av seg selv?' })).toBeInTheDocument()
    // Focus is on the radio just answered: a digit there belongs to the radio group and
    // registers no call (it once logged a «Mann» call from the details).
    expect(document.activeElement).toHaveAttribute('type', 'radio')
    await user.keyboard('2')
    expect(within(screen.getByRole('region', { name: 'Detaljer om siste samtale (valgfritt)' })).getByText(/^Kvinne \(privatperson\), registrert/)).toBeInTheDocument()
    expect(total()).toHaveTextContent('1 samtale registrert i dag.')
    // Outside the details the digits register again.
    await user.click(screen.getByRole('heading', { name: 'Hvem ringte?' }))
    await user.keyboard('4')
    const next = await screen.findByRole('region', { name: 'Detaljer om siste samtale (valgfritt)' })
    await waitFor(() => expect(within(next).getByText(/^Politiet, registrert/)).toBeInTheDocument())
    expect(within(next).queryByRole('group', { name: 'Ringte personen på vegne av seg selv?' })).toBeNull()
  })

  it('the single-key shortcuts can be turned off (WCAG 2.1.4)', async () => {
    const { user } = await openAs('staff')
    await screen.findByRole('button', { name: '4 Politiet' })
    await user.click(screen.getByRole('checkbox', { name: /Bruk hurtigtaster/ }))
    expect(screen.getByRole('button', { name: 'Politiet' })).not.toHaveAttribute('aria-keyshortcuts')
    await user.keyboard('4')
    await waitFor(() => expect(total()).toHaveTextContent('0 samtaler'))
    expect(screen.queryByText(/^Registrert/)).toBeNull()
  })
})

describe('outgoing calls', () => {
  it('counts outgoing calls per recipient, and corrects a slip', async () => {
    const { user } = await openAs('staff')
    await user.click(await screen.findByText('Utgående samtaler i dag (valgfritt)'))
    const plus = await screen.findByRole('button', { name: 'Én til: NAV' })
    await user.click(plus)
    await waitFor(() => expect(screen.getByText('Utgående til NAV: 1.')).toBeInTheDocument())
    await user.click(plus)
    await waitFor(() => expect(screen.getByText('Utgående til NAV: 2.')).toBeInTheDocument())
    await user.click(screen.getByRole('button', { name: 'Én færre: NAV' }))
    await waitFor(() => expect(screen.getByText('Utgående til NAV: 1.')).toBeInTheDocument())
    expect(screen.getByText('Totalt 1 utgående i dag.')).toBeInTheDocument()
  })
})

describe('caller categories (administrator)', () => {
  it('renames, adds and retires categories, and quick entry follows', async () => {
    const { user, router } = await openAs('admin', '/admin/hvem-ringte')
    const table = await screen.findByRole('table', { name: 'Kategorier for hvem som ringte' })
    await user.click(within(table).getByRole('button', { name: 'Gi nytt navn til NAV' }))
    const input = within(table).getByLabelText('Nytt navn for NAV')
    await user.clear(input)
    await user.type(input, 'NAV-kontoret{Enter}')
    await waitFor(() => expect(screen.getByText('Kategorien heter nå NAV-kontoret.')).toBeInTheDocument())

    await user.click(within(table).getByRole('button', { name: 'Ta ut av bruk: Advokat' }))
    await waitFor(() => expect(within(table).getByRole('row', { name: /Advokat/ })).toHaveTextContent('Tatt ut av bruk'))

    await user.type(screen.getByLabelText('Navn'), 'Familievernkontoret')
    await user.click(screen.getByRole('button', { name: 'Legg til' }))
    await waitFor(() => expect(within(table).getByRole('row', { name: /Familievernkontoret/ })).toHaveTextContent('9'))

    await user.type(screen.getByLabelText('Navn'), 'Ring 41234567')
    await user.click(screen.getByRole('button', { name: 'Legg til' }))
    await waitFor(() => expect(screen.getByLabelText('Navn')).toHaveAccessibleDescription(expect.stringMatching(/telefonnummer/)))

    await router.navigate('/vakttelefon')
    expect(await screen.findByRole('button', { name: '5 NAV-kontoret' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '9 Familievernkontoret' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Advokat/ })).toBeNull()
  })

  it('is for administrators only', async () => {
    await openAs('staff', '/admin/hvem-ringte')
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeInTheDocument()
  })
})
