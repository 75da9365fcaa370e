import { configure, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { createTestServer } from '@/testing/test-server'

// Whole-app renders against the in-process BFF: allow for a busy machine.
configure({ asyncUtilTimeout: 5000 })

describe('Logg (the audit view)', () => {
  it('lists events with Norwegian labels and filters by user and action', async () => {
    const server = await createTestServer()
    await server.seedUser('vakt1', 'staff')
    await server.signIn(await server.seedUser('leder1', 'leader'))
    const { user, router } = renderApp(server, '/logg')

    const table = await screen.findByRole('table', { name: 'Hendelser, nyeste først' })
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toContain('Opprettet bruker')
    // In words: the user by name and the role, never an id or a key.
    const created = within(table)
      .getAllByRole('row')
      .find((r) => within(r).queryByRole('rowheader', { name: 'Opprettet bruker' }) && within(r).queryByText('Bruker vakt1'))
    expect(created).toHaveTextContent('Med rollen registrerer.')
    expect(table.textContent).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|role:|felt:/)
    await user.selectOptions(screen.getByLabelText('Bruker'), 'leder1')
    await user.selectOptions(screen.getByLabelText('Handling'), 'Logget inn')
    await user.click(screen.getByRole('button', { name: 'Vis' }))

    // Twice: when the one-time password was replaced, and now.
    await screen.findByText(/^2 hendelser\./)
    const rows = within(screen.getByRole('table', { name: 'Hendelser, nyeste først' }))
      .getAllByRole('row')
      .slice(1)
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      expect(row).toHaveTextContent('leder1')
      expect(row).toHaveTextContent('Logget inn')
    }
    expect(router.state.location.search).toMatch(/action=auth\.sign_in/)
  })

  it('is not offered to staff', async () => {
    const server = await createTestServer()
    await server.signIn(await server.seedUser('vakt1', 'staff'))
    renderApp(server, '/logg')
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Logg' })).not.toBeInTheDocument()
  })
})
