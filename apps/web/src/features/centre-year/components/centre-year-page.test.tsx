import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { allowForLongForms, checkboxGroup, fastUser, textField } from '@/testing/record-form-queries'
import { createTestServer, type TestServer } from '@/testing/test-server'
import { centreYearInput } from '@ly/forms/testing'
import { currentYear } from '../lib/params'

const SLOW = 60_000
const YEAR = currentYear()

async function post(server: TestServer, path: string, body: unknown) {
  const { csrfToken } = (await (await server.fetch('/api/auth/session')).json()) as { csrfToken: string }
  return server.fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify(body) })
}

describe('the Årsskjema page', () => {
  it("starts this year's form from last year's answers, says so, and saves it", async () => {
    allowForLongForms()
    const server = await createTestServer()
    await server.signIn(await server.seedUser('leder1', 'leader'))
    const seeded = await post(server, '/api/centre-years', centreYearInput({ report_year: YEAR - 1, fixed_beds: 8 }))
    expect(seeded.status).toBe(201)
    renderApp(server, `/arsskjema?year=${YEAR}&offer=women`)
    const user = fastUser()

    expect(await screen.findByRole('heading', { level: 1, name: 'Årsskjema' })).toBeInTheDocument()
    expect(within(screen.getByRole('navigation', { name: 'Hovedmeny' })).getByRole('link', { name: 'Årsskjema' })).toHaveAttribute('aria-current', 'page')
    expect(await screen.findByText(`Forhåndsutfylt fra ${YEAR - 1}.`)).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: `Tilbudet til kvinner ${YEAR}` })).toBeInTheDocument()
    // Year and offer are chosen above the form and locked in it.
    expect(textField('År')).toBeDisabled()
    expect(textField('År')).toHaveValue(String(YEAR))
    const beds = textField('Antall faste sengeplasser')
    expect(beds).toHaveValue('8')
    expect(within(checkboxGroup('Hva slags hjelp får beboere tilbud om?')).getByRole('checkbox', { name: 'Inntakssamtaler' })).toBeChecked()

    await user.clear(beds)
    await user.type(beds, '10')
    await user.click(screen.getByRole('button', { name: 'Lagre årsskjema' }))
    expect(await screen.findByText(`Årsskjemaet for tilbudet til kvinner ${YEAR} er lagret.`)).toBeInTheDocument()
    expect(screen.queryByText(`Forhåndsutfylt fra ${YEAR - 1}.`)).not.toBeInTheDocument()

    const list = (await (await server.fetch(`/api/centre-years?year=${YEAR}&offer=women`)).json()) as { records: { id: string }[] }
    expect(list.records).toHaveLength(1)
    const saved = (await (await server.fetch(`/api/centre-years/${list.records[0]!.id}`)).json()) as { values: Record<string, unknown> }
    expect(saved.values).toMatchObject({ report_year: YEAR, offer: 'women', fixed_beds: 10 })

    // A second save changes the same form (its version), never a second one.
    await user.clear(beds)
    await user.type(beds, '11')
    await user.click(screen.getByRole('button', { name: 'Lagre årsskjema' }))
    await expect.poll(async () => ((await (await server.fetch(`/api/centre-years/${list.records[0]!.id}`)).json()) as { version: number }).version).toBe(2)
  }, SLOW)

  it('is not for staff: no menu item, and the page is refused', async () => {
    const server = await createTestServer()
    await server.signIn(await server.seedUser('vakt1', 'staff'))
    renderApp(server, '/arsskjema')
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Årsskjema')
    expect(within(screen.getByRole('navigation', { name: 'Hovedmeny' })).queryByRole('link', { name: 'Årsskjema' })).not.toBeInTheDocument()
  }, SLOW)
})
