import type { Locator, Page } from '@playwright/test'
// The forms package's own factories: valid day visits built from the definitions.
import { bareDayVisitInput, dayVisitInput } from '@ly/forms/testing'
import { apiSignIn, expect, expectNoAxeViolations, signIn, test } from '../fixtures'

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true })
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' })
/** A headline card, found by its title (indicator ids are not shown to people). */
const headline = (page: Page, title: string): Locator => page.getByRole('article', { name: title, exact: true })

// Other journeys register in the current year and share the centre; this one owns 2023 (and
// 2022 for the change). 2023 is recent enough for the current answer options.
const YEAR = 2023

/**
 * 2023: a woman visits twice, a man once at the men's offer, and one visit is without consent —
 * 4 visits, 2 day users, 3 of 4 registrations with consent (75 %). 2022: one visit.
 */
const seed = [
  dayVisitInput({ visit_date: '2022-06-01', first_contact_year: 2022 }),
  dayVisitInput({ visit_date: '2023-03-06', first_contact_year: 2022 }),
  dayVisitInput({ visit_date: '2023-03-20', first_contact_year: 2022, first_visit_in_year: 'no' }),
  dayVisitInput({ visit_date: '2023-09-04', first_contact_year: 2022, offer: 'men', sex: 'male' }),
  bareDayVisitInput({ visit_date: '2023-10-02' }),
]

test('a leader opens the dashboard for a seeded year and sees the figures the seed implies', async ({ page, seedUser, server }) => {
  // Seeding, the largest page of the SPA and two axe passes over it: more than the default 30 s
  // on a loaded two-core machine.
  test.slow()
  const leader = await seedUser({ role: 'leader', prefix: 'leder' })
  const api = await apiSignIn(server.baseURL, leader)
  try {
    for (const visit of seed) {
      const res = await api.post('/api/day-visits', visit)
      expect(res.status(), await res.text()).toBe(201)
    }
  } finally {
    await api.request.dispose()
  }

  await signIn(page, leader.username, leader.password)
  await mainMenu(page).getByRole('link', { name: 'Statistikk', exact: true }).click()
  await expect(h1(page, 'Statistikk')).toBeVisible()
  await expect(page.getByRole('note')).toContainText('Interne tall – ikke til deling')
  await page.getByLabel('År', { exact: true }).selectOption(String(YEAR))
  await expect(page).toHaveURL((url) => url.pathname === '/statistikk' && url.searchParams.get('year') === String(YEAR))
  await expect(page.getByRole('heading', { level: 2, name: `Nøkkeltall ${YEAR}` })).toBeVisible()

  const visits = headline(page, 'Dagsbesøk')
  await expect(visits.getByText('4', { exact: true })).toBeVisible()
  await expect(visits).toContainText(`Endring fra ${YEAR - 1}: +3 (+300 %)`)
  await expect(visits).toContainText('Nasjonalt 2021: 7 942 (kilde: Bufdir)')
  const users = headline(page, 'Dagbrukere')
  await expect(users.getByText('2', { exact: true })).toBeVisible()
  await expect(users).toContainText('Kvinne: 1 · Mann: 1')
  const consent = headline(page, 'Registreringer med samtykke')
  await expect(consent.getByText('75 %', { exact: true })).toBeVisible()
  await expect(consent).toContainText('N = 4')

  // The month series: March's two visits, beside 2022's none.
  const byMonth = page.getByRole('table', { name: 'Dagsbesøk per måned', exact: true })
  await expect(byMonth.getByRole('row', { name: /^mars/ }).getByRole('cell')).toHaveText(['2', '0'])
  await expectNoAxeViolations(page)

  // An area opened, and a breakdown by a second question: still no violations.
  await page.getByRole('button', { name: /^Dagtilbud/ }).click()
  const dayArea = page.getByRole('region', { name: /^Dagtilbud/ })
  await expect(dayArea.getByRole('table', { name: /^Dagbrukere, 2023/ }).getByRole('row', { name: /^Mann/ })).toContainText('1')
  const breakdown = page.getByRole('region', { name: 'Krysstabell' })
  await breakdown.getByLabel('Skjema', { exact: true }).selectOption('day_visit')
  await breakdown.getByLabel('Hovedinndeling', { exact: true }).selectOption('violence_types')
  await breakdown.getByLabel('Sekundærinndeling', { exact: true }).selectOption('sex')
  const cross = breakdown.getByRole('table', { name: /etter kjønn/i })
  await expect(cross.getByRole('row', { name: /^Svart \(N\)/ }).getByRole('cell')).toHaveText(['1', '1', '2'])
  await expectNoAxeViolations(page)

  // Issue 21: the second tertial beside «samme periode i fjor» — none in May–August 2023, the
  // June visit in 2022. The URL holds the period under the name `pnpm ly stats --period` takes.
  await page.getByLabel('Periode', { exact: true }).selectOption('Tertial')
  await page.getByLabel('Tertial', { exact: true }).selectOption('2. tertial (mai–august)')
  await expect(page).toHaveURL((url) => url.searchParams.get('period') === `${YEAR}-T2`)
  await expect(page.getByRole('heading', { level: 2, name: `Nøkkeltall 2. tertial ${YEAR}` })).toBeVisible()
  await expect(visits.getByText('0', { exact: true })).toBeVisible()
  await expect(visits).toContainText(`Endring fra 2. tertial ${YEAR - 1}: −1 (−100 %)`)
})

test('a staff user cannot open the dashboard', async ({ page, seedUser }) => {
  const staff = await seedUser({ role: 'staff' })
  await signIn(page, staff.username, staff.password)
  await expect(h1(page, 'Oversikt')).toBeVisible()
  await expect(mainMenu(page).getByRole('link', { name: 'Statistikk', exact: true })).toHaveCount(0)

  await page.goto(`/statistikk?year=${YEAR}`)
  await expect(h1(page, 'Ingen tilgang')).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Nøkkeltall/ })).toHaveCount(0)

  const res = await page.request.get(`/api/statistics/dashboard?year=${YEAR}`)
  expect(res.status()).toBe(403)
  expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } })
})
