import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { createTestServer } from '@/testing/test-server'

describe('the session', () => {
  it('signs out: back to /logg-inn, and the server has forgotten the session', async () => {
    const server = await createTestServer()
    await server.signIn(await server.seedUser('vakt1', 'staff'))
    const { user, router } = renderApp(server, '/')

    const header = await screen.findByRole('banner')
    expect(within(header).getByText('Testsenteret')).toBeInTheDocument()
    await user.click(within(header).getByRole('button', { name: 'Logg ut' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Logg inn' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/logg-inn')
    expect((await server.fetch('/api/auth/session')).status).toBe(401)
  })

  it('shows why after the session expired, and returns to the page after signing in again', async () => {
    const server = await createTestServer()
    const admin = await server.admin()
    await server.signIn(admin)
    const { user, router } = renderApp(server, '/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Oversikt' })).toBeInTheDocument()

    server.clock.advanceMinutes(31)
    await user.click(within(screen.getByRole('navigation', { name: 'Hovedmeny' })).getByRole('link', { name: 'Brukere' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Logg inn' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('Økten er utløpt. Logg inn på nytt.')

    await user.type(screen.getByLabelText('Brukernavn'), admin.username)
    await user.type(screen.getByLabelText('Passord'), admin.password)
    await user.click(screen.getByRole('button', { name: 'Logg inn' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Brukere' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/admin/brukere')
  })

  it('moves focus to the new page heading after a navigation, and the skip link to <main>', async () => {
    const server = await createTestServer()
    await server.signIn(await server.admin())
    const { user } = renderApp(server, '/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Oversikt' })).toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: 'Brukere' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Brukere' })).toHaveFocus()
    expect(document.title).toBe('Brukere – Ly')

    await user.click(screen.getByRole('link', { name: 'Hopp til hovedinnhold' }))
    expect(screen.getByRole('main')).toHaveFocus()
  })
})
