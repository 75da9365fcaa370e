import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { createTestServer } from '@/testing/test-server'

describe('signing in', () => {
  it('sends a visitor to /logg-inn, and to the overview after signing in', async () => {
    const server = await createTestServer()
    const staff = await server.seedUser('vakt1', 'staff')
    const { user, router } = renderApp(server, '/')

    expect(await screen.findByRole('heading', { level: 1, name: 'Logg inn' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/logg-inn')
    expect(document.title).toBe('Logg inn – Ly')

    await user.type(screen.getByLabelText('Brukernavn'), staff.username)
    await user.type(screen.getByLabelText('Passord'), staff.password)
    await user.click(screen.getByRole('button', { name: 'Logg inn' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Oversikt' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/')
    expect(screen.getByText(/Velkommen, vakt1\. Du er logget inn med rollen Registrerer ved Testsenteret\./)).toBeInTheDocument()
    const menu = screen.getByRole('navigation', { name: 'Hovedmeny' })
    expect(menu).toHaveTextContent('Oversikt')
    expect(screen.queryByRole('link', { name: 'Brukere' })).not.toBeInTheDocument()
  })

  it("shows the server's message in an alert when the password is wrong", async () => {
    const server = await createTestServer()
    const { user } = renderApp(server, '/logg-inn')

    await user.type(await screen.findByLabelText('Brukernavn'), 'admin')
    await user.type(screen.getByLabelText('Passord'), 'feil-passord')
    await user.click(screen.getByRole('button', { name: 'Logg inn' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Feil brukernavn eller passord.')
    expect(screen.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeInTheDocument()
  })

  it('ties field errors to the fields and sends nothing when they are empty', async () => {
    const server = await createTestServer()
    const { user } = renderApp(server, '/logg-inn')

    await user.click(await screen.findByRole('button', { name: 'Logg inn' }))

    const username = screen.getByLabelText('Brukernavn')
    expect(username).toHaveAttribute('aria-invalid', 'true')
    expect(username).toHaveAccessibleDescription('Skriv brukernavnet ditt.')
    expect(username).toHaveFocus()
    expect(screen.getByLabelText('Passord')).toHaveAccessibleDescription('Skriv passordet ditt.')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
