import type { Page } from '@playwright/test'
// The forms package's own factory: a valid annual centre form built from the definition.
import { centreYearInput } from '@ly/forms/testing'
import { apiSignIn, expect, expectNoAxeViolations, signIn, test } from '../fixtures'

// The annual form is one per centre, offer and year: this journey owns the women's forms of
// this year and last year on the shared server (no other journey writes centre_years).
const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(new Date()))
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' })
const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true })

test("a leader fills in this year's annual form from last year's and sees it in the report beside the national count", async ({ page, seedUser, server }) => {
  const leader = await seedUser({ role: 'leader', prefix: 'leder' })
  const api = await apiSignIn(server.baseURL, leader)
  try {
    // Last year the centre did not offer practical help to residents, and had 8 beds.
    const last = centreYearInput({ report_year: YEAR - 1, fixed_beds: 8 })
    const res = await api.post('/api/centre-years', last)
    expect(res.status(), await res.text()).toBe(201)
    expect(last.residents_offers).not.toContain('practical_help')
  } finally {
    await api.request.dispose()
  }

  await signIn(page, leader.username, leader.password)
  await mainMenu(page).getByRole('link', { name: 'Årsskjema', exact: true }).click()
  await expect(h1(page, 'Årsskjema')).toBeVisible()
  await expect(page.getByLabel('År', { exact: true }).first()).toHaveValue(String(YEAR))
  await expect(page.getByRole('heading', { level: 2, name: `Tilbudet til kvinner ${YEAR}` })).toBeVisible()
  await expect(page.getByText(`Forhåndsutfylt fra ${YEAR - 1}.`)).toBeVisible()
  const beds = page.getByRole('textbox', { name: 'Antall faste sengeplasser' })
  await expect(beds).toHaveValue('8')
  await expectNoAxeViolations(page)

  // This year the centre offers practical help too, and has one more bed.
  const residents = page.getByRole('group', { name: 'Hva slags hjelp får beboere tilbud om?' })
  await expect(residents.getByRole('checkbox', { name: 'Inntakssamtaler' })).toBeChecked()
  await residents.getByRole('checkbox', { name: 'Praktisk hjelp' }).check()
  await beds.fill('9')
  await page.getByRole('button', { name: 'Lagre årsskjema' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'er lagret' })).toHaveText(`Årsskjemaet for tilbudet til kvinner ${YEAR} er lagret.`)
  await expect(page.getByText(`Forhåndsutfylt fra ${YEAR - 1}.`)).toHaveCount(0)

  // The year's report shows the answer beside the number of centres in the country, with its year.
  await mainMenu(page).getByRole('link', { name: 'Årsrapport', exact: true }).click()
  await expect(h1(page, 'Årsrapport')).toBeVisible()
  await page.getByLabel('År', { exact: true }).selectOption(String(YEAR))
  await expect(page).toHaveURL((url) => url.pathname === '/rapport' && url.searchParams.get('year') === String(YEAR))
  await expect(page.getByRole('heading', { level: 2, name: /\. Tilbudet ved senteret$/ })).toBeVisible()
  const offers = page.getByRole('table', { name: '6.2 Tilbud til beboere' })
  await expect(offers.getByRole('columnheader', { name: `Senteret ${YEAR}` }).first()).toBeVisible()
  await expect(offers.getByRole('columnheader', { name: 'Landet 2024' }).first()).toBeVisible()
  await expect(offers.getByRole('row', { name: /^Praktisk hjelp/ }).getByRole('cell')).toHaveText(['Ja', '43 av 43', 'ikke fylt ut', '40–41 av 42'])
  const beds2 = page.getByRole('table', { name: '6.1 Organisering, kapasitet og tilgjengelighet' }).getByRole('row', { name: /^Antall faste sengeplasser/ })
  await expect(beds2.getByRole('cell').first()).toHaveText('9 plasser')
})

test('staff do not see the annual form', async ({ page, seedUser }) => {
  const staff = await seedUser({ role: 'staff', prefix: 'vakt' })
  await signIn(page, staff.username, staff.password)
  await expect(mainMenu(page)).toBeVisible()
  await expect(mainMenu(page).getByRole('link', { name: 'Årsskjema', exact: true })).toHaveCount(0)
  await page.goto('/arsskjema')
  await expect(h1(page, 'Ingen tilgang')).toBeVisible()
})
