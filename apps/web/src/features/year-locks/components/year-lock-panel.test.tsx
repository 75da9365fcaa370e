import { configure, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { createTestServer } from '@/testing/test-server'

// Whole-app renders against the in-process BFF: allow for a busy machine.
configure({ asyncUtilTimeout: 5000 })

describe('Årslås', () => {
  it('a leader locks an ended year and reopens it with a reason', async () => {
    const server = await createTestServer()
    await server.signIn(await server.seedUser('leder1', 'leader'))
    const { user } = renderApp(server, '/arslas')

    await user.click(await screen.findByRole('button', { name: 'Lås 2025' }))
    const confirm = screen.getByRole('dialog', { name: 'Lås 2025?' })
    await user.click(within(confirm).getByRole('button', { name: 'Lås 2025' }))
    expect(await screen.findByText('2025 er låst.')).toBeInTheDocument()
    const row = screen.getByRole('row', { name: /^2025/ })
    expect(row).toHaveTextContent('Låst')

    await user.click(within(row).getByRole('button', { name: 'Åpne 2025 igjen' }))
    const dialog = screen.getByRole('dialog', { name: 'Åpne 2025 igjen?' })
    await user.click(within(dialog).getByRole('button', { name: 'Åpne 2025 igjen' }))
    expect(within(dialog).getByLabelText('Hvorfor må året endres?')).toHaveAccessibleDescription(/Skriv hvorfor året åpnes igjen\./)
    // Issue 18: a reason that may hold a name (a made-up one) is kept only once confirmed.
    const reason = 'Et besøk hos Testine Oppdiktet manglet.'
    await user.type(within(dialog).getByLabelText('Hvorfor må året endres?'), reason)
    await user.click(within(dialog).getByRole('button', { name: 'Åpne 2025 igjen' }))
    expect(await within(dialog).findByText(/«Begrunnelse» kan inneholde et navn/)).toBeInTheDocument()
    expect(screen.getByRole('row', { name: /^2025/ })).toHaveTextContent('Låst')
    await user.click(within(dialog).getByRole('checkbox', { name: 'Teksten er ikke navnet på en person. Lagre den slik den står.' }))
    await user.click(within(dialog).getByRole('button', { name: 'Åpne 2025 igjen' }))
    expect(await screen.findByText('2025 er åpnet igjen.')).toBeInTheDocument()
    expect(await screen.findByRole('cell', { name: reason })).toBeInTheDocument()
  })
})
