import { configure, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { createTestServer } from '@/testing/test-server'

// Whole-app renders against the in-process BFF: allow for a busy machine.
configure({ asyncUtilTimeout: 5000 })

async function signedInAtOverview() {
  const server = await createTestServer()
  await server.signIn(await server.seedUser('vakt1', 'staff'))
  const app = renderApp(server, '/')
  await screen.findByRole('heading', { level: 1, name: 'Oversikt' })
  return { server, ...app }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('Esc Esc hides the screen', () => {
  it('covers the page with a neutral screen, title and focus included, until the user comes back', async () => {
    const { user } = await signedInAtOverview()
    expect(screen.getByRole('button', { name: 'Skjul skjermen (Esc Esc)' })).toBeInTheDocument()
    await user.keyboard('{Escape}{Escape}')

    const hidden = screen.getByRole('dialog', { name: 'Skjermen er skjult' })
    expect(hidden).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Oversikt' })).not.toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Hovedmeny' })).not.toBeInTheDocument()
    expect(document.title).toBe('Ly')
    expect(screen.getByRole('button', { name: 'Vis skjermen' })).toHaveFocus()

    await user.keyboard('{Enter}')
    expect(screen.queryByRole('dialog', { name: 'Skjermen er skjult' })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible()
    expect(document.title).toBe('Oversikt – Ly')
  })

  it('the header button does the same', async () => {
    const { user } = await signedInAtOverview()
    await user.click(screen.getByRole('button', { name: 'Skjul skjermen (Esc Esc)' }))
    expect(screen.getByRole('dialog', { name: 'Skjermen er skjult' })).toBeInTheDocument()
  })

  it('needs both presses within a second, and not while a dialog is open', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { user } = await signedInAtOverview()
    await user.keyboard('{Escape}')
    vi.advanceTimersByTime(1500)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog', { name: 'Skjermen er skjult' })).not.toBeInTheDocument()

    const dialog = document.createElement('dialog')
    document.body.append(dialog)
    dialog.showModal()
    await user.keyboard('{Escape}{Escape}')
    expect(screen.queryByRole('dialog', { name: 'Skjermen er skjult' })).not.toBeInTheDocument()
    dialog.close()
    dialog.remove()
    await user.keyboard('{Escape}{Escape}')
    expect(screen.getByRole('dialog', { name: 'Skjermen er skjult' })).toBeInTheDocument()
  })
})

describe('idle lock', () => {
  it('locks after the idle time, on the server too, so a reload does not lift it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { server } = await signedInAtOverview()
    vi.advanceTimersByTime(4 * 60_000)
    expect(screen.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeInTheDocument()
    vi.advanceTimersByTime(60_000 + 10)

    expect(await screen.findByRole('heading', { level: 1, name: 'Skjermen er låst' })).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Hovedmeny' })).not.toBeInTheDocument()
    expect(screen.getByText(/Logget inn som/)).toHaveTextContent('Logget inn som vakt1.')
    // The lock is on the server: a fresh page (a reload) shows it too.
    await waitFor(async () => expect(((await (await server.fetch('/api/auth/session')).json()) as { locked: boolean }).locked).toBe(true))
    renderApp(server, '/dagbesok')
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 1, name: 'Skjermen er låst' })).toHaveLength(2))
  })

  it('refuses a wrong password beside the field and unlocks with the right one', async () => {
    const server = await createTestServer()
    const staff = await server.seedUser('vakt1', 'staff')
    await server.signIn(staff)
    const session = (await (await server.fetch('/api/auth/session')).json()) as { csrfToken: string }
    await server.fetch('/api/auth/lock', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: '{}' })
    const { user } = renderApp(server, '/')

    const password = await screen.findByLabelText('Passord')
    expect(password).toHaveFocus()
    await user.type(password, 'feil-passord')
    await user.click(screen.getByRole('button', { name: 'Lås opp' }))
    expect(await screen.findByText('Feil passord.')).toBeInTheDocument()
    expect(screen.getByLabelText('Passord')).toHaveAttribute('aria-invalid', 'true')

    await user.clear(screen.getByLabelText('Passord'))
    await user.type(screen.getByLabelText('Passord'), staff.password)
    await user.click(screen.getByRole('button', { name: 'Lås opp' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Oversikt' })).toBeInTheDocument()
  })
})
