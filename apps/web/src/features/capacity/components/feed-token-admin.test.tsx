import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { signedInSession } from '@/testing/signed-in-session'

describe('the access tokens for the free-places feed', () => {
  it('shows a new token once, lists it without the token, and a revoked token opens nothing', async () => {
    const { server, open } = await signedInSession('admin')
    const { user } = open('/admin/tilganger')
    await user.type(await screen.findByRole('textbox', { name: 'Hvem skal bruke nøkkelen?' }), 'Politiets operasjonssentral')
    await user.click(screen.getByRole('button', { name: 'Lag tilgangsnøkkel' }))

    const output = await screen.findByRole('status', { name: 'Ny tilgangsnøkkel' })
    const token = within(output).getByText(/^lyk_/).textContent
    expect(output).toHaveFocus()
    expect(output).toHaveTextContent('Tilgangsnøkkel for Politiets operasjonssentral')
    const feed = (bearer: string) => server.fetch('/api/capacity', { headers: { authorization: `Bearer ${bearer}` } })
    expect((await feed(token)).status).toBe(200)

    const table = await screen.findByRole('table', { name: 'Tilgangsnøkler' })
    const row = within(table).getByRole('rowheader', { name: 'Politiets operasjonssentral' }).closest('tr')!
    expect(row).not.toHaveTextContent('lyk_')
    await user.click(screen.getByRole('button', { name: 'Skjul nøkkelen' }))
    expect(screen.queryByText(/^lyk_/)).toBeNull()

    await user.click(within(row).getByRole('button', { name: 'Trekk tilbake: Politiets operasjonssentral' }))
    const dialog = screen.getByRole('dialog', { name: 'Trekke tilbake «Politiets operasjonssentral»?' })
    await user.click(within(dialog).getByRole('button', { name: 'Ja, trekk tilbake' }))
    expect(await screen.findByText('«Politiets operasjonssentral» er trukket tilbake og virker ikke lenger.')).toBeInTheDocument()
    expect(await within(table).findByText(/^Trukket tilbake/)).toBeInTheDocument()
    expect((await feed(token)).status).toBe(401)
  })

  it('says what is wrong with a name beside the field', async () => {
    const { open } = await signedInSession('admin')
    const { user } = open('/admin/tilganger')
    await user.click(await screen.findByRole('button', { name: 'Lag tilgangsnøkkel' }))
    const field = screen.getByRole('textbox', { name: 'Hvem skal bruke nøkkelen?' })
    expect(await screen.findByText(/Gi tilgangen et navn/)).toBeInTheDocument()
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(screen.queryByRole('status', { name: 'Ny tilgangsnøkkel' })).toBeEmptyDOMElement()
  })
})
