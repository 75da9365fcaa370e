import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { createTestServer } from '@/testing/test-server'

describe('the forced password change', () => {
  it('keeps a user with a one-time password on /bytt-passord until it is changed', async () => {
    const server = await createTestServer()
    const { firstAdmin } = server
    const { user, router } = renderApp(server, '/admin/brukere')

    await user.type(await screen.findByLabelText('Brukernavn'), firstAdmin.username)
    await user.type(screen.getByLabelText('Passord'), firstAdmin.password)
    await user.click(screen.getByRole('button', { name: 'Logg inn' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Bytt passord' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/bytt-passord')
    expect(screen.queryByRole('navigation', { name: 'Hovedmeny' })).not.toBeInTheDocument()

    // The client's own checks: length, and that the two new passwords match.
    await user.type(screen.getByLabelText('Nåværende passord'), firstAdmin.password)
    await user.type(screen.getByLabelText('Nytt passord'), 'for-kort')
    await user.type(screen.getByLabelText('Gjenta nytt passord'), 'for-kort')
    await user.click(screen.getByRole('button', { name: 'Bytt passord' }))
    const newPassword = screen.getByLabelText('Nytt passord')
    expect(newPassword).toHaveAttribute('aria-invalid', 'true')
    expect(newPassword).toHaveAccessibleDescription(expect.stringContaining('Det nye passordet må ha minst 12 tegn.'))

    await user.clear(newPassword)
    await user.type(newPassword, 'et-langt-nytt-passord')
    await user.click(screen.getByRole('button', { name: 'Bytt passord' }))
    expect(screen.getByLabelText('Gjenta nytt passord')).toHaveAccessibleDescription('Passordene er ikke like. Skriv det samme nye passordet i begge feltene.')

    // The server's check: a wrong current password comes back as a 422 beside that field.
    const current = screen.getByLabelText('Nåværende passord')
    await user.clear(current)
    await user.type(current, 'ikke-det-gamle')
    await user.clear(screen.getByLabelText('Gjenta nytt passord'))
    await user.type(screen.getByLabelText('Gjenta nytt passord'), 'et-langt-nytt-passord')
    await user.click(screen.getByRole('button', { name: 'Bytt passord' }))
    expect(await screen.findByText('Det nåværende passordet er feil.')).toBeInTheDocument()
    expect(current).toHaveAttribute('aria-invalid', 'true')
    expect(current).toHaveFocus()

    await user.clear(current)
    await user.type(current, firstAdmin.password)
    await user.click(screen.getByRole('button', { name: 'Bytt passord' }))

    expect(await screen.findByRole('heading', { level: 1, name: 'Oversikt' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/')
    expect(screen.getByRole('link', { name: 'Brukere' })).toBeInTheDocument()
  })
})
