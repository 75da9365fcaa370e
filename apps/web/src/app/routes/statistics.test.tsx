import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { createTestServer, type TestServer } from '@/testing/test-server'
// The forms package's own factories: valid records built from the definitions.
import { bareDayVisitInput, dayVisitInput } from '@ly/forms/testing'

/** Registers visits through the API as the signed-in "browser" (a leader may register too). */
async function registerVisits(server: TestServer, visits: readonly object[]) {
  const { csrfToken } = (await (await server.fetch('/api/auth/session')).json()) as { csrfToken: string }
  for (const visit of visits) {
    const res = await server.fetch('/api/day-visits', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify(visit),
    })
    if (res.status !== 201) throw new Error(`seeding a visit failed: ${res.status} ${await res.text()}`)
  }
}

/**
 * 2025: two day users (a woman twice, a man at the men's offer) and a visit without consent, so
 * 4 visits, 2 persons and 3 of 4 visits with consent; 2024: one visit.
 */
async function leaderWithSeededYear() {
  const server = await createTestServer()
  await server.signIn(await server.seedUser('leder1', 'leader'))
  await registerVisits(server, [
    dayVisitInput({ visit_date: '2024-06-03', first_contact_year: 2024 }),
    dayVisitInput({ visit_date: '2025-02-03' }),
    dayVisitInput({ visit_date: '2025-02-17', first_visit_in_year: 'no' }),
    dayVisitInput({ visit_date: '2025-05-05', offer: 'men', sex: 'male' }),
    bareDayVisitInput({ visit_date: '2025-05-06' }),
  ])
  return server
}

// The dashboard is the SPA's largest page, and role queries walk all of it: allow a loaded machine time.
const SLOW = 60_000

/** A headline card, found by its title (indicator ids are not shown to people). */
const headline = (title: string) => screen.getByRole('article', { name: title })

describe('the statistics dashboard', () => {
  it(
    'shows a leader the year’s figures, last year’s change and the national figure',
    async () => {
      const server = await leaderWithSeededYear()
      const { user } = renderApp(server, '/statistikk?year=2025')

      expect(await screen.findByRole('heading', { level: 1, name: 'Statistikk' })).toBeInTheDocument()
      expect(within(screen.getByRole('navigation', { name: 'Hovedmeny' })).getByRole('link', { name: 'Statistikk' })).toHaveAttribute('aria-current', 'page')
      expect(await screen.findByRole('note', {}, { timeout: 5_000 })).toHaveTextContent('Interne tall – ikke til deling')
      await screen.findByRole('heading', { level: 2, name: 'Nøkkeltall 2025' })
      expect(screen.getByLabelText('År')).toHaveValue('2025')

      const visits = headline('Dagsbesøk')
      expect(within(visits).getByText('4', { exact: true })).toBeInTheDocument()
      expect(visits).toHaveTextContent('Endring fra 2024: +3 (+300 %)')
      expect(visits).toHaveTextContent('Nasjonalt 2021: 7 942 (kilde: Bufdir)')
      const users = headline('Dagbrukere')
      expect(within(users).getByText('2', { exact: true })).toBeInTheDocument()
      expect(users).toHaveTextContent('Endring fra 2024: +1 (+100 %)')

      // The consent share as a table: 3 of 4 visits, N shown.
      const consentToggle = screen.getByRole('button', { name: /^Samtykke/ })
      expect(consentToggle).toHaveAttribute('aria-expanded', 'false')
      await user.click(consentToggle)
      expect(consentToggle).toHaveAttribute('aria-expanded', 'true')
      const consentArea = screen.getByRole('region', { name: /^Samtykke/ })
      const consent = within(consentArea).getByRole('table', { name: /^Dagsbesøk med samtykke, 2025/ })
      expect(within(consent).getByRole('row', { name: /^Ja/ })).toHaveTextContent(/3\s*75 %/)
      expect(within(consent).getByRole('row', { name: /^Svart \(N\)/ })).toHaveTextContent('4')
      // The month series: the two February visits.
      const visitsByMonth = within(screen.getByRole('region', { name: 'Måned for måned 2025' })).getByRole('table', { name: 'Dagsbesøk per måned' })
      expect(within(visitsByMonth).getByRole('row', { name: /^februar/ })).toHaveTextContent(/februar\s*2\s*0/)
      // Words for people only: no indicator ids, no source lines.
      expect(document.body.textContent).not.toMatch(/\b(?:R|B|O|C|D|P|T|LY)-\d{2}|S[0-4]:\d/)
    },
    SLOW,
  )

  it(
    'says there is nothing to compare with when last year has no records of a figure’s form (issue 17, point 10)',
    async () => {
      const server = await createTestServer()
      await server.signIn(await server.seedUser('leder1', 'leader'))
      await registerVisits(server, [dayVisitInput({ visit_date: '2025-02-03' }), dayVisitInput({ visit_date: '2025-03-03' })])
      renderApp(server, '/statistikk?year=2025')
      await screen.findByRole('heading', { level: 2, name: 'Nøkkeltall 2025' })
      const visits = headline('Dagsbesøk')
      expect(visits).toHaveTextContent('Ingen registreringer i 2024')
      expect(visits).not.toHaveTextContent(/Endring fra 2024/)
    },
    SLOW,
  )

  it(
    'says how many records could not be placed as persons (issue 17, point 5)',
    async () => {
      const server = await createTestServer()
      await server.signIn(await server.seedUser('leder1', 'leader'))
      // Unanswered comes only from history now (an import); «Vet ikke» is counted apart (decision 0037).
      const { first_visit_in_year: _answered, ...unanswered } = dayVisitInput({ visit_date: '2025-02-03' })
      await server.importHistory([{ form: 'day_visit', ref: 'historikk-1', ...unanswered }])
      await registerVisits(server, [dayVisitInput({ visit_date: '2025-03-03' }), dayVisitInput({ visit_date: '2025-03-04', first_visit_in_year: 'unknown' })])
      renderApp(server, '/statistikk?year=2025')
      const notice = await screen.findByText(/kan ikke telles som personer/)
      expect(notice).toHaveTextContent('1 registrering kan ikke telles som personer')
      expect(notice).toHaveTextContent('Dagbesøk: 1')
      expect(within(notice).getByRole('link', { name: 'Svar på spørsmålet i Kvalitetskontroll' })).toHaveAttribute('href', '/kvalitetskontroll?ar=2025')
      const unknown = screen.getByText(/er besvart «Vet ikke» på om det var personens første gang i år/)
      expect(unknown).toHaveTextContent('1 registrering er besvart «Vet ikke» på om det var personens første gang i år (Dagbesøk: 1). De er ukjent')
    },
    SLOW,
  )

  it(
    'counts a tertial beside «samme periode i fjor» when the leader picks it (issue 21)',
    async () => {
      const server = await leaderWithSeededYear()
      const { user } = renderApp(server, '/statistikk?year=2025')
      await screen.findByRole('heading', { level: 2, name: 'Nøkkeltall 2025' })

      await user.selectOptions(screen.getByLabelText('Periode'), 'Tertial')
      await user.selectOptions(screen.getByLabelText('Tertial'), '2. tertial (mai–august)')
      await screen.findByRole('heading', { level: 2, name: 'Nøkkeltall 2. tertial 2025' })
      // May 2025: a man's visit and one without consent; the same tertial of 2024 had the June visit.
      await expect.poll(() => headline('Dagsbesøk').textContent).toMatch(/Endring fra 2\. tertial 2024: \+1 \(\+100\s%\)/)
      expect(within(headline('Dagsbesøk')).getByText('2', { exact: true })).toBeInTheDocument()
      // The trend and the breakdown follow the period (decision 0048): May–August of every year.
      const trend = await screen.findByRole('table', { name: 'Nøkkeltall per år, samme dager som 2. tertial 2025' })
      await expect.poll(() => within(trend).getByRole('row', { name: /^Dagsbesøk/ }).textContent).toMatch(/Dagsbesøk\s*1\s*2$/)
      const breakdown = screen.getByRole('region', { name: 'Krysstabell' })
      await user.selectOptions(within(breakdown).getByLabelText('Skjema'), 'day_visit')
      await user.selectOptions(within(breakdown).getByLabelText('Hovedinndeling'), 'sex')
      await within(breakdown).findByRole('table', { name: /2\. tertial 2025/ })

      // 1. tertial 2024 had no visit at all: nothing to compare with, not a change from zero.
      await user.selectOptions(screen.getByLabelText('Tertial'), '1. tertial (januar–april)')
      await screen.findByRole('heading', { level: 2, name: 'Nøkkeltall 1. tertial 2025' })
      await expect.poll(() => headline('Dagsbesøk').textContent).toMatch(/Ingen registreringer i 1\. tertial 2024/)

      // Any days from–to: the year's first half of February holds one visit.
      await user.selectOptions(screen.getByLabelText('Periode'), 'Fra–til')
      const from = screen.getByLabelText('Fra dato')
      const to = screen.getByLabelText('Til dato')
      await user.clear(to)
      await user.type(to, '2025-02-10')
      await screen.findByRole('heading', { level: 2, name: 'Nøkkeltall 1. januar–10. februar 2025' })
      expect(from).toHaveValue('2025-01-01')
      await expect.poll(() => within(headline('Dagsbesøk')).queryByText('1', { exact: true })).toBeInTheDocument()
    },
    SLOW,
  )

  it(
    'follows the offer picker and breaks a question down by another',
    async () => {
      const server = await leaderWithSeededYear()
      const { user } = renderApp(server, '/statistikk?year=2025')
      await screen.findByRole('heading', { level: 2, name: 'Nøkkeltall 2025' })

      await user.selectOptions(screen.getByLabelText('Tilbud'), 'Menn')
      await expect.poll(() => within(headline('Dagsbesøk')).queryByText('1', { exact: true })).toBeInTheDocument()

      const breakdown = screen.getByRole('region', { name: 'Krysstabell' })
      await user.selectOptions(within(breakdown).getByLabelText('Skjema'), 'day_visit')
      await user.selectOptions(within(breakdown).getByLabelText('Hovedinndeling'), 'violence_types')
      await user.selectOptions(within(breakdown).getByLabelText('Sekundærinndeling'), 'sex')
      await user.selectOptions(screen.getByLabelText('Tilbud'), 'Alle')
      const table = await within(breakdown).findByRole('table', { name: /etter kjønn/i })
      expect(within(table).getByRole('columnheader', { name: 'Alle' })).toBeInTheDocument()
      await expect.poll(() => within(table).getByRole('row', { name: /^Svart \(N\)/ }).textContent).toMatch(/Svart \(N\)\s*1\s*1\s*2/)
    },
    SLOW,
  )

  it('is closed to staff: "Ingen tilgang", and no menu item', async () => {
    const server = await createTestServer()
    await server.signIn(await server.seedUser('vakt1', 'staff'))
    renderApp(server, '/statistikk')

    expect(await screen.findByRole('heading', { level: 1, name: 'Ingen tilgang' })).toBeInTheDocument()
    expect(within(screen.getByRole('navigation', { name: 'Hovedmeny' })).queryByRole('link', { name: 'Statistikk' })).not.toBeInTheDocument()
    expect((await server.fetch('/api/statistics/dashboard?year=2025')).status).toBe(403)
  })
})
