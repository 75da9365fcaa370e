import { configure, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { createTestServer, type TestServer } from '@/testing/test-server'
import { dayVisitInput } from '@ly/forms/testing'
import type { QualityReport } from '../api/get-quality'

// Whole-app renders against the in-process BFF: allow for a busy machine.
configure({ asyncUtilTimeout: 10_000 })

/** Registers day visits through the API as the signed-in "browser"; returns their ids. */
async function registerVisits(server: TestServer, visits: readonly object[]): Promise<string[]> {
  const { csrfToken } = (await (await server.fetch('/api/auth/session')).json()) as { csrfToken: string }
  const ids: string[] = []
  for (const visit of visits) {
    const res = await server.fetch('/api/day-visits', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify(visit) })
    if (res.status !== 201) throw new Error(`seeding a visit failed: ${res.status} ${await res.text()}`)
    ids.push(((await res.json()) as { id: string }).id)
  }
  return ids
}

// A visit without a case code that does not say whether it is the first this year: history (an
// import) may hold one though the forms no longer save it, and the quality check asks for the answer.
const unanswered = (visit_date: string) => dayVisitInput({ visit_date, first_visit_in_year: null })

/** The unanswered visits as history lines (synthetic refs). */
const history = (...visits: readonly ReturnType<typeof unanswered>[]) => visits.map((v, i) => ({ form: 'day_visit', ref: `historikk-${i}`, ...v }))

describe('Kvalitetskontroll', () => {
  it("staff see the current year's count in the menu and a year's findings with a link to each record", { timeout: 60_000 }, async () => {
    const server = await createTestServer()
    await server.signIn(await server.seedUser('vakt1', 'staff'))
    await server.importHistory(history(unanswered('2025-02-03'), unanswered('2026-01-05')))
    await registerVisits(server, [dayVisitInput({ visit_date: '2026-01-06' })])
    const { user } = renderApp(server, '/')

    const menuLink = await screen.findByRole('link', { name: /^Kvalitetskontroll\s*1\s*funn$/ })
    await user.click(menuLink)
    expect(await screen.findByRole('heading', { level: 1, name: 'Kvalitetskontroll' })).toBeInTheDocument()
    expect(await screen.findByText('Ett funn i 2026.')).toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('År'), '2025')
    expect(await screen.findByText('Ett funn i 2025.')).toBeInTheDocument()
    const rule = screen.getByRole('region', { name: '«Første gang i år» er ikke besvart (1)' })
    expect(within(rule).getByRole('link', { name: 'Dagbesøk 03.02.2025' })).toHaveAttribute('href', expect.stringMatching(/^\/dagbesok\/[0-9a-f-]{36}$/))
    expect(within(rule).getByText(/Slik retter du:/)).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Sjekket uten funn' })).toHaveTextContent('Svar mangler')

    await user.selectOptions(screen.getByLabelText('År'), '2024')
    expect(await screen.findByText('Ingen funn i 2024. Alt som sjekkes, ser riktig ut.')).toBeInTheDocument()
  })

  it('shows each kind of problem of the fixture built to hold one of each, every record with its link', { timeout: 60_000 }, async () => {
    const server = await createTestServer()
    await server.signIn(await server.seedUser('leder1', 'leader'))
    const fixture = await server.seedQualityFixture()
    // The rules' titles as the server words them; the counts and records are the fixture's.
    const { rules } = (await (await server.fetch('/api/quality?year=2025')).json()) as QualityReport
    renderApp(server, '/kvalitetskontroll?ar=2025')

    const total = Object.values(fixture.expected).flat().length
    expect(await screen.findByText(`${total} funn i 2025.`)).toBeInTheDocument()
    expect(Object.keys(fixture.expected).sort()).toEqual(rules.map((r) => r.key).sort())
    for (const [key, ids] of Object.entries(fixture.expected)) {
      const title = rules.find((r) => r.key === key)!.title
      const region = screen.getByRole('region', { name: `${title} (${ids.length})` })
      expect(within(region).getAllByRole('listitem'), key).toHaveLength(ids.length)
      const hrefs = within(region)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href') ?? '')
      for (const id of ids)
        expect(
          hrefs.filter((href) => href.endsWith(`/${id}`)),
          `${key} ${id}`,
        ).toHaveLength(1)
    }
    // Every rule found its problem: none is listed as checked without findings.
    expect(screen.queryByRole('region', { name: 'Sjekket uten funn' })).toBeNull()
  })

  it('finalising a year with findings shows them and asks first; «Lås likevel» locks it', { timeout: 60_000 }, async () => {
    const server = await createTestServer()
    await server.signIn(await server.seedUser('leder1', 'leader'))
    await server.importHistory(history(unanswered('2025-02-03')))
    const { user } = renderApp(server, '/arslas')

    await user.click(await screen.findByRole('button', { name: 'Lås 2025' }))
    const dialog = screen.getByRole('dialog', { name: 'Lås 2025?' })
    expect(await within(dialog).findByText('Kvalitetskontrollen fant én ting som bør rettes først:')).toBeInTheDocument()
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('«Første gang i år» er ikke besvart: 1')
    expect(within(dialog).getByRole('link', { name: 'Se funnene og rett dem' })).toHaveAttribute('href', '/kvalitetskontroll?ar=2025')
    await user.click(within(dialog).getByRole('button', { name: 'Lås 2025 likevel' }))
    expect(await screen.findByText('2025 er låst.')).toBeInTheDocument()
    expect(screen.getByRole('row', { name: /^2025/ })).toHaveTextContent('Låst')
  })

  it('a leader marks a finding «Sjekket – riktig» with a reason: listed apart, not counted, and finalising then asks nothing', { timeout: 60_000 }, async () => {
    const server = await createTestServer()
    await server.signIn(await server.seedUser('leder1', 'leader'))
    await server.importHistory(history(unanswered('2025-02-03')))
    const { user } = renderApp(server, '/kvalitetskontroll?ar=2025')

    expect(await screen.findByText('Ett funn i 2025.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Sjekket – riktig: Dagbesøk 03.02.2025' }))
    const dialog = screen.getByRole('dialog', { name: 'Sjekket – riktig?' })
    // The reason is required.
    await user.click(within(dialog).getByRole('button', { name: 'Merk som sjekket' }))
    expect(await within(dialog).findByText('Skriv hvorfor det er riktig.')).toBeInTheDocument()
    await user.type(within(dialog).getByLabelText('Hvorfor er det riktig?'), 'Papirskjemaet har ikke svaret.')
    await user.click(within(dialog).getByRole('button', { name: 'Merk som sjekket' }))

    expect(await screen.findByText('Ingen funn i 2025. Alt som sjekkes, ser riktig ut.')).toBeInTheDocument()
    const checked = screen.getByRole('region', { name: 'Sjekket – riktig (1)' })
    expect(within(checked).getByRole('link', { name: 'Dagbesøk 03.02.2025' })).toBeInTheDocument()
    expect(checked).toHaveTextContent('Sjekket av leder1')
    expect(checked).toHaveTextContent('«Papirskjemaet har ikke svaret.»')
    expect(screen.queryByRole('region', { name: /^«Første gang i år» er ikke besvart/ })).toBeNull()

    await user.click(screen.getByRole('link', { name: /^Årslås/ }))
    await user.click(await screen.findByRole('button', { name: 'Lås 2025' }))
    const lock = screen.getByRole('dialog', { name: 'Lås 2025?' })
    expect(await within(lock).findByText('Kvalitetskontrollen fant ingenting som bør rettes i 2025.')).toBeInTheDocument()
  })
})
