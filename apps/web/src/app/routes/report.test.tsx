import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { createTestServer, type TestServer } from '@/testing/test-server'
import { bareDayVisitInput, dayVisitInput } from '@ly/forms/testing'

async function registerVisits(server: TestServer, visits: readonly object[]) {
  const { csrfToken } = (await (await server.fetch('/api/auth/session')).json()) as { csrfToken: string }
  for (const visit of visits) {
    const res = await server.fetch('/api/day-visits', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify(visit) })
    if (res.status !== 201) throw new Error(`seeding a visit failed: ${res.status} ${await res.text()}`)
  }
}

/** 2025: six first visits, two of them by men, and one without consent. */
async function leaderWithSeededYear() {
  const server = await createTestServer()
  await server.signIn(await server.seedUser('leder1', 'leader'))
  await registerVisits(server, [
    ...[1, 2, 3, 4].map((m) => dayVisitInput({ visit_date: `2025-0${m}-03` })),
    ...[5, 6].map((m) => dayVisitInput({ visit_date: `2025-0${m}-03`, offer: 'men', sex: 'male' })),
    bareDayVisitInput({ visit_date: '2025-07-01' }),
  ])
  return server
}

const SLOW = 60_000

describe('the yearly report page', () => {
  it(
    'shows the sections in S1’s order, exact numbers internally and hidden small numbers to share',
    async () => {
      const server = await leaderWithSeededYear()
      const { user } = renderApp(server, '/rapport?year=2025')

      expect(await screen.findByRole('heading', { level: 1, name: 'Årsrapport' })).toBeInTheDocument()
      expect(within(screen.getByRole('navigation', { name: 'Hovedmeny' })).getByRole('link', { name: 'Årsrapport' })).toHaveAttribute('aria-current', 'page')
      expect(await screen.findByRole('note', {}, { timeout: 10_000 })).toHaveTextContent('Intern visning – eksakte tall')
      const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
      expect(headings.filter((h) => /^\d\./.test(h))).toEqual([
        '1. Statistikk om benyttelsen av krisesenterets tjenester',
        '2. Telefontjenesten',
        '3. Midlertidig botilbud med beskyttelse mot ytre trusler',
        '4. Utvalgt informasjon om voksne beboere',
        '5. Utvalgt informasjon om barn',
        '6. Antall overnattingsdøgn',
        '7. Samtaletilbudet',
        '8. Kapasitet og avvisninger',
        '9. Tilbudet ved senteret',
      ])
      const sex = screen.getByRole('table', { name: /^Dagbrukernes kjønn, alder og barn 2025/ })
      expect(within(sex).getByRole('row', { name: /^Mann/ })).toHaveTextContent(/Mann\s*2\s*33 %/)

      await user.click(screen.getByRole('radio', { name: 'Til deling (små tall skjult)' }))
      await expect.poll(() => screen.getByRole('note').textContent).toMatch(/Til deling – små tall er skjult/)
      const shared = await screen.findByRole('table', { name: /^Dagbrukernes kjønn, alder og barn 2025/ })
      await expect.poll(() => within(shared).getByRole('row', { name: /^Mann/ }).textContent).toMatch(/^Mann:$/)
      expect(screen.getByRole('link', { name: 'Last ned Excel' })).toHaveAttribute('href', '/api/report/download?year=2025&format=xlsx&separator=semicolon')
    },
    SLOW,
  )

  it(
    'saves a leader’s comment for the section and year',
    async () => {
      const server = await leaderWithSeededYear()
      const { user } = renderApp(server, '/rapport?year=2025')
      const field = await screen.findByLabelText('Kommentar til Samtaletilbudet', {}, { timeout: 10_000 })
      await user.type(field, 'Flere samtaler om våren.')
      const form = field.closest('form')!
      await user.click(within(form).getByRole('button', { name: 'Lagre kommentar' }))
      expect(await within(form).findByText('Kommentaren er lagret.')).toBeInTheDocument()
      const model = (await (await server.fetch('/api/report?year=2025')).json()) as { sections: { key: string; comment: { text: string } | null }[] }
      expect(model.sections.find((s) => s.key === 'conversations')!.comment!.text).toBe('Flere samtaler om våren.')

      await user.type(field, ' Ring 912 34 567.')
      await user.click(within(form).getByRole('button', { name: 'Lagre kommentar' }))
      expect(await within(form).findByRole('alert')).toHaveTextContent(/telefonnummer/i)
    },
    SLOW,
  )

  it(
    'lets an administrator change the threshold, and the shareable view follows',
    async () => {
      const server = await createTestServer()
      await server.signIn(await server.admin())
      const { user } = renderApp(server, '/rapport?year=2025&view=shareable')
      const field = await screen.findByLabelText('Grense for små tall', {}, { timeout: 10_000 })
      expect(screen.getByRole('note')).toHaveTextContent('Tall fra 1 til 4')
      await user.clear(field)
      await user.type(field, '6')
      await user.click(screen.getByRole('button', { name: 'Lagre grensen' }))
      expect(await screen.findByText('Grensen er 6.')).toBeInTheDocument()
      await expect.poll(() => screen.getByRole('note').textContent).toMatch(/Tall fra 1 til 6/)
    },
    SLOW,
  )

  it('is closed to staff', async () => {
    const server = await createTestServer()
    await server.signIn(await server.seedUser('vakt1', 'staff'))
    renderApp(server, '/rapport')
    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeInTheDocument()
    expect(within(screen.getByRole('navigation', { name: 'Hovedmeny' })).queryByRole('link', { name: 'Årsrapport' })).not.toBeInTheDocument()
  })
})
