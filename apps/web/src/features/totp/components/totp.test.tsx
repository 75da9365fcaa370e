import { configure, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { createTestServer } from '@/testing/test-server'
// The BFF's own helper computes the code an authenticator app would show.
import { totpCodeAt } from '@ly/bff/testing/totp'

// Whole-app renders against the in-process BFF: allow for a busy machine.
configure({ asyncUtilTimeout: 5000 })

describe('two-factor sign-in', () => {
  it('enrols from /tofaktor, then asks for the one-time code as step 2 of sign-in', async () => {
    const server = await createTestServer()
    const leader = await server.seedUser('leder1', 'leader')
    await server.signIn(leader)
    const { user } = renderApp(server, '/tofaktor')

    await user.click(await screen.findByRole('button', { name: 'Sett opp tofaktor-innlogging' }))
    expect(await screen.findByRole('img', { name: 'QR-kode som legger Ly til i autentiseringsappen' })).toBeInTheDocument()
    const secret = screen.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).textContent.replaceAll(' ', '')
    await user.type(screen.getByLabelText('Kode fra appen'), '12')
    await user.click(screen.getByRole('button', { name: 'Bekreft og slå på' }))
    expect(screen.getByLabelText('Kode fra appen')).toHaveAccessibleDescription('Skriv de seks sifrene appen viser.')
    await user.clear(screen.getByLabelText('Kode fra appen'))
    await user.type(screen.getByLabelText('Kode fra appen'), totpCodeAt(secret, server.clock.now()))
    await user.click(screen.getByRole('button', { name: 'Bekreft og slå på' }))
    expect(await screen.findByText(/Tofaktor-innlogging er slått på/)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Logg ut' }))
    await user.type(await screen.findByLabelText('Brukernavn'), 'leder1')
    await user.type(screen.getByLabelText('Passord'), leader.password)
    await user.click(screen.getByRole('button', { name: 'Logg inn' }))
    const code = await screen.findByLabelText('Engangskode')
    await user.type(code, '000000' === totpCodeAt(secret, server.clock.now()) ? '111111' : '000000')
    await user.click(screen.getByRole('button', { name: 'Logg inn' }))
    expect(await screen.findByText(/Engangskoden stemmer ikke/)).toBeInTheDocument()
    server.clock.advanceMinutes(1)
    await user.type(screen.getByLabelText('Engangskode'), totpCodeAt(secret, server.clock.now()))
    await user.click(screen.getByRole('button', { name: 'Logg inn' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Oversikt' })).toBeInTheDocument()
  })

  it('when the centre requires it, a leader without it is sent to /tofaktor first', async () => {
    const server = await createTestServer()
    const adminCredentials = await server.admin()
    await server.signIn(adminCredentials)
    const session = (await (await server.fetch('/api/auth/session')).json()) as { csrfToken: string }
    const leader = await server.seedUser('leder2', 'leader')
    const put = await server.fetch('/api/settings/security', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({ requireTotp: true, idleLockMinutes: 5, retentionMonths: 24, version: 0 }),
    })
    expect(put.status).toBe(200)
    await server.signIn(leader)
    const { router } = renderApp(server, '/dagbesok')
    expect(await screen.findByRole('heading', { level: 1, name: 'Tofaktor-innlogging' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/tofaktor')
    expect(screen.getByText(/Senteret krever tofaktor-innlogging/)).toBeInTheDocument()
  })
})
