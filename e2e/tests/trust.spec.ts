import type { Page } from '@playwright/test'
import { prepareFirstAdmin } from '../api'
import { createUser, expect, expectNoAxeViolations, signIn, stayAwayUntilLocked, test } from '../fixtures'

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true })
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' })

test('Esc Esc hides the screen at once, behind a neutral page, until the user comes back', async ({ page, seedUser }) => {
  const staff = await seedUser({ role: 'staff', prefix: 'vakt' })
  await signIn(page, staff.username, staff.password)
  await expect(h1(page, 'Oversikt')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Skjul skjermen (Esc Esc)' })).toBeVisible()

  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  const hidden = page.getByRole('dialog', { name: 'Skjermen er skjult' })
  await expect(hidden).toBeVisible()
  await expect(h1(page, 'Oversikt')).toBeHidden()
  await expect(mainMenu(page)).toBeHidden()
  await expect(page).toHaveTitle('Ly')
  await expect(page.getByRole('button', { name: 'Vis skjermen' })).toBeFocused()
  await expectNoAxeViolations(page)

  await page.keyboard.press('Enter')
  await expect(hidden).toBeHidden()
  await expect(h1(page, 'Oversikt')).toBeVisible()
  await expect(page).toHaveTitle('Oversikt – Ly')
})

test('the screen locks after the idle time, survives a reload, and opens with the password', async ({ page, seedUser }) => {
  const staff = await seedUser({ role: 'staff', prefix: 'vakt' })
  // The browser's clock is Playwright's: five idle minutes pass without waiting for them.
  await page.clock.install()
  await signIn(page, staff.username, staff.password)
  await expect(h1(page, 'Oversikt')).toBeVisible()
  const locked = page.waitForResponse((res) => new URL(res.url()).pathname === '/api/auth/lock')
  await stayAwayUntilLocked(page, '05:01')
  expect((await locked).status()).toBe(200)
  await expect(mainMenu(page)).toBeHidden()
  await expectNoAxeViolations(page)

  await page.reload()
  await expect(h1(page, 'Skjermen er låst')).toBeVisible()
  await page.getByLabel('Passord', { exact: true }).fill('ikke-passordet')
  await page.getByRole('button', { name: 'Lås opp', exact: true }).click()
  await expect(page.getByText('Feil passord.')).toBeVisible()
  await page.getByLabel('Passord', { exact: true }).fill(staff.password)
  await page.getByRole('button', { name: 'Lås opp', exact: true }).click()
  await expect(h1(page, 'Oversikt')).toBeVisible()
})

test('Logg shows who did what, filtered by user and action', async ({ page, seedUser }) => {
  const leader = await seedUser({ role: 'leader', prefix: 'leder' })
  await signIn(page, leader.username, leader.password)
  await mainMenu(page).getByRole('link', { name: 'Logg', exact: true }).click()
  await expect(h1(page, 'Logg')).toBeVisible()
  const table = page.getByRole('table', { name: 'Hendelser, nyeste først' })
  await expect(table).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByLabel('Bruker', { exact: true }).selectOption({ label: leader.username })
  await page.getByLabel('Handling', { exact: true }).selectOption({ label: 'Logget inn' })
  await page.getByRole('button', { name: 'Vis', exact: true }).click()
  await expect(page).toHaveURL(/action=auth\.sign_in(&|$)/)
  // The rows as they are when the filtered list has come: the old list stays on screen, marked
  // busy, until then (so no snapshot of the rows is taken before it is gone).
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
  const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') })
  await expect(rows.first()).toContainText('Logget inn')
  await expect(rows.filter({ hasNotText: leader.username })).toHaveCount(0)
  await expect(rows.filter({ hasNotText: 'Logget inn' })).toHaveCount(0)
})

test('Årslås, Sikkerhet and Tofaktor: a leader locks a year; the pages pass axe', async ({ freshServer, freshPage: page }) => {
  // A server of its own: a locked year must not stop the other journeys' registrations.
  const admin = await prepareFirstAdmin(freshServer.baseURL, freshServer.firstAdmin)
  const leader = await createUser(freshServer.baseURL, admin, { role: 'leader', prefix: 'leder' })
  await signIn(page, leader.username, leader.password)
  await mainMenu(page).getByRole('link', { name: 'Årslås', exact: true }).click()
  await expect(h1(page, 'Årslås')).toBeVisible()
  const lastYear = new Date().getFullYear() - 1
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: `Lås ${lastYear}`, exact: true }).click()
  const confirm = page.getByRole('dialog', { name: `Lås ${lastYear}?` })
  await confirm.getByRole('button', { name: `Lås ${lastYear}`, exact: true }).click()
  await expect(page.getByText(`${lastYear} er låst.`)).toBeVisible()
  await expect(page.getByRole('row', { name: new RegExp(`^${lastYear}`) })).toContainText('Låst')
  await page.getByRole('button', { name: `Åpne ${lastYear} igjen`, exact: true }).click()
  await expect(page.getByRole('dialog', { name: `Åpne ${lastYear} igjen?` })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.keyboard.press('Escape')

  await page.getByRole('link', { name: 'Tofaktor', exact: true }).click()
  await expect(h1(page, 'Tofaktor-innlogging')).toBeVisible()
  await page.getByRole('button', { name: 'Sett opp tofaktor-innlogging', exact: true }).click()
  await expect(page.getByRole('img', { name: 'QR-kode som legger Ly til i autentiseringsappen' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Logg ut', exact: true }).click()
  await signIn(page, admin.username, admin.password)
  await mainMenu(page).getByRole('link', { name: 'Sikkerhet', exact: true }).click()
  await expect(h1(page, 'Sikkerhet')).toBeVisible()
  await expect(page.getByLabel('Krev tofaktor for ledere og administratorer')).not.toBeChecked()
  await expectNoAxeViolations(page)
})
