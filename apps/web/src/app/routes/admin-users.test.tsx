import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createUser } from '@/features/users/api/create-user'
import { ApiError } from '@/lib/api-error'
import { renderApp } from '@/testing/render-app'
import { signedInApi } from '@/testing/signed-in-api'
import { createTestServer } from '@/testing/test-server'

const ONE_TIME_PASSWORD = /^Engangspassord for (\S+): [A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/

/** The admin, signed in, on the user administration page with the table loaded. */
async function openAsAdmin(seed?: { username: string }) {
  const server = await createTestServer()
  await server.signIn(await server.admin())
  if (seed) await server.seedUser(seed.username, 'staff', { keepOneTimePassword: true })
  const rendered = renderApp(server, '/admin/brukere')
  const table = await screen.findByRole('table', { name: 'Brukere ved senteret' })
  return { ...rendered, server, table }
}

describe('user administration', () => {
  it('creates a user and shows the one-time password once', async () => {
    const { user, table } = await openAsAdmin()
    expect(screen.getByRole('heading', { level: 1, name: 'Brukere' })).toBeInTheDocument()
    const form = screen.getByRole('region', { name: 'Ny bruker' })

    await user.type(within(form).getByLabelText('Brukernavn'), 'vakt2')
    await user.selectOptions(within(form).getByLabelText('Rolle'), 'Leder')
    await user.click(within(form).getByRole('button', { name: 'Opprett bruker' }))

    const output = await screen.findByRole('status', { name: 'Engangspassord' })
    await expect.poll(() => output.textContent).toMatch(ONE_TIME_PASSWORD)
    expect(output.textContent).toContain('Engangspassord for vakt2: ')
    await waitFor(() => expect(output).toHaveFocus())
    expect(screen.getByText(/vises bare denne ene gangen/)).toBeInTheDocument()

    const row = within(table).getByRole('row', { name: /vakt2/ })
    expect(within(row).getByLabelText('Rolle for vakt2')).toHaveValue('leader')
    expect(within(row).getByRole('cell', { name: 'Aktiv, må bytte passord' })).toBeInTheDocument()
    expect(within(form).getByLabelText('Brukernavn')).toHaveValue('')

    await user.click(screen.getByRole('button', { name: 'Skjul passordet' }))
    expect(output).toBeEmptyDOMElement()
  })

  it('shows a taken user name beside the field', async () => {
    const { user } = await openAsAdmin()
    const form = screen.getByRole('region', { name: 'Ny bruker' })

    await user.type(within(form).getByLabelText('Brukernavn'), 'admin')
    await user.click(within(form).getByRole('button', { name: 'Opprett bruker' }))

    const field = within(form).getByLabelText('Brukernavn')
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true')
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Brukernavnet er allerede i bruk. Velg et annet.'))
    expect(field).toHaveFocus()
  })

  it('refuses a malformed user name in the browser with the words the server refuses it with', async () => {
    const { user, server } = await openAsAdmin()
    const form = screen.getByRole('region', { name: 'Ny bruker' })
    const MESSAGE = 'Brukernavnet kan bare ha bokstavene a–z, tall, punktum, bindestrek og understrek.'

    await user.type(within(form).getByLabelText('Brukernavn'), 'vakt 2')
    await user.click(within(form).getByRole('button', { name: 'Opprett bruker' }))
    expect(within(form).getByLabelText('Brukernavn')).toHaveAccessibleDescription(expect.stringContaining(MESSAGE))

    // The same body sent past the form: the BFF refuses it with the same message on the same field.
    const refused = await createUser(await signedInApi(server), { username: 'vakt 2', role: 'staff' }).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ApiError)
    expect((refused as ApiError).issues).toEqual([{ path: 'username', message: MESSAGE }])
  })

  it('changes a role, and refuses to leave the centre without an administrator', async () => {
    const { user, table } = await openAsAdmin({ username: 'vakt3' })

    await user.selectOptions(within(table).getByLabelText('Rolle for vakt3'), 'Leder')
    expect(await screen.findByText('Rollen til vakt3 er nå Leder.')).toBeInTheDocument()
    expect(within(table).getByLabelText('Rolle for vakt3')).toHaveValue('leader')

    await user.selectOptions(within(table).getByLabelText('Rolle for admin'), 'Registrerer')
    expect(await screen.findByRole('alert')).toHaveTextContent('Senteret må ha minst én aktiv administrator.')
    expect(within(table).getByLabelText('Rolle for admin')).toHaveValue('admin')
  })

  it('deactivates a user, and gives a new one-time password after confirmation', async () => {
    const { user, table } = await openAsAdmin({ username: 'vakt4' })

    await user.click(within(table).getByRole('button', { name: 'Deaktiver vakt4' }))
    expect(await within(table).findByRole('button', { name: 'Aktiver vakt4' })).toBeInTheDocument()
    expect(within(table).getByRole('cell', { name: 'Deaktivert, må bytte passord' })).toBeInTheDocument()

    // Cancelling changes nothing.
    await user.click(within(table).getByRole('button', { name: 'Nytt passord for vakt4' }))
    const dialog = screen.getByRole('dialog', { name: 'Nytt passord for vakt4?' })
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('status', { name: 'Engangspassord' })).toBeEmptyDOMElement()

    await user.click(within(table).getByRole('button', { name: 'Nytt passord for vakt4' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Lag nytt passord' }))

    const output = screen.getByRole('status', { name: 'Engangspassord' })
    await expect.poll(() => output.textContent).toMatch(ONE_TIME_PASSWORD)
    expect(output.textContent).toContain('Engangspassord for vakt4: ')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('is closed to staff: "Ingen tilgang", and no menu item', async () => {
    const server = await createTestServer()
    await server.signIn(await server.seedUser('vakt5', 'staff'))
    renderApp(server, '/admin/brukere')

    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeInTheDocument()
    expect(document.title).toBe('Ingen tilgang – Ly')
    expect(screen.queryByRole('button', { name: 'Opprett bruker' })).not.toBeInTheDocument()
    expect(within(screen.getByRole('navigation', { name: 'Hovedmeny' })).queryByRole('link', { name: 'Brukere' })).not.toBeInTheDocument()
  })
})
