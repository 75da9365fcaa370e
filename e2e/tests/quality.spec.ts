import type { Page } from '@playwright/test'
import { dayVisitInput } from '@ly/forms/testing'
import { apiSignIn, expect, expectNoAxeViolations, signIn, test } from '../fixtures'

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true })
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' })

// Other journeys share the centre and register in the current year; this one owns 2021 (the oldest year the picker offers; the dashboard journey owns 2022–2023).
const YEAR = 2021

test('Kvalitetskontroll: a visit without «første gang i år» is listed with a link to it, which opens the visit to fix', async ({ page, seedUser, server }) => {
  const staff = await seedUser({ role: 'staff' })
  const api = await apiSignIn(server.baseURL, staff)
  const res = await api.post('/api/day-visits', dayVisitInput({ visit_date: `${YEAR}-03-04`, first_visit_in_year: null, first_contact_year: YEAR }))
  expect(res.status()).toBe(201)
  const { id } = (await res.json()) as { id: string }
  await api.request.dispose()

  await signIn(page, staff.username, staff.password)
  await mainMenu(page).getByRole('link', { name: /^Kvalitetskontroll/ }).click()
  await expect(h1(page, 'Kvalitetskontroll')).toBeVisible()
  await page.getByLabel('År', { exact: true }).selectOption(String(YEAR))
  await expect(page.getByText(`Ett funn i ${YEAR}.`)).toBeVisible()
  const rule = page.getByRole('region', { name: '«Første gang i år» er ikke besvart (1)' })
  await expect(rule.getByText('Slik retter du:')).toBeVisible()
  await expectNoAxeViolations(page)

  await rule.getByRole('link', { name: `Dagbesøk 04.03.${YEAR}` }).click()
  await expect(page).toHaveURL(new RegExp(`/dagbesok/${id}$`))
})
