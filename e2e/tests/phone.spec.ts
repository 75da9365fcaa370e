import type { Page, Response } from '@playwright/test'
import { expect, expectNoAxeViolations, signIn, test } from '../fixtures'

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true })
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' })
const isCallRequest = (path: string, status: number) => (res: Response) =>
  res.request().method() === 'POST' && new URL(res.url()).pathname === path && res.status() === status

/** "N samtaler registrert i dag." (the tally's live line) as a number. */
async function tallyTotal(page: Page): Promise<number> {
  const line = page.getByText(/^\d+ samtaler? registrert i dag\./)
  await expect(line).toBeVisible()
  return Number(/^(\d+)/.exec((await line.textContent()) ?? '')?.[1])
}

test('the duty phone: five calls by keyboard alone, one undone, the tally shows four', async ({ page, seedUser }) => {
  const staff = await seedUser({ role: 'staff' })
  await signIn(page, staff.username, staff.password)
  await mainMenu(page).getByRole('link', { name: 'Vakttelefon', exact: true }).click()
  await expect(h1(page, 'Vakttelefon')).toBeVisible()
  await expect(page.getByRole('button', { name: '4 Politiet', exact: true })).toBeVisible()
  // Other journeys share the centre and the day, so the tally is compared with where it began.
  const before = await tallyTotal(page)

  // Every key the test sends is counted; each call must take fewer than three.
  let keysSent = 0
  const press = async (key: string) => {
    keysSent += 1
    await page.keyboard.press(key)
  }
  for (const [digit, label] of [['1', 'Kvinne (privatperson)'], ['4', 'Politiet'], ['5', 'NAV'], ['3', 'Barnevernet'], ['9', 'Advokat']] as const) {
    const keysBefore = keysSent
    const registered = page.waitForResponse(isCallRequest('/api/incoming-calls', 201))
    await press(digit)
    await registered
    await expect(page.getByRole('status').filter({ hasText: `Registrert: ${label}.` })).toBeVisible()
    expect(keysSent - keysBefore, `tastetrykk for «${label}»`).toBeLessThan(3)
  }
  expect(keysSent).toBe(5)
  await expect.poll(() => tallyTotal(page)).toBe(before + 5)

  const undone = page.waitForResponse(isCallRequest('/api/incoming-calls/undo-last', 200))
  await press('Control+z')
  await undone
  await expect(page.getByRole('status').filter({ hasText: 'Angret: Advokat.' })).toBeVisible()
  await expect.poll(() => tallyTotal(page)).toBe(before + 4)
  await expect(page.getByRole('table', { name: 'Samtaler i dag etter hvem som ringte' }).getByRole('row', { name: /^Politiet/ })).toBeVisible()

  // The optional details of the last call, then axe on the screen as staff use it.
  const details = page.getByRole('region', { name: 'Detaljer om siste samtale (valgfritt)' })
  await details.getByRole('group', { name: 'Krisetelefon?' }).getByRole('radio', { name: 'Ja', exact: true }).check()
  await expect(page.getByRole('status').filter({ hasText: 'Detaljene er lagret.' })).toBeVisible()
  // Outgoing calls are only counted (S1:166-168); the panel opens on demand.
  await page.getByText('Utgående samtaler i dag (valgfritt)', { exact: true }).click()
  await page.getByRole('button', { name: 'Én til: NAV', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Utgående til NAV: \d+\.$/ })).toBeVisible()
  await expectNoAxeViolations(page)
})

test('an administrator renames a caller category; the duty phone shows the new name', async ({ page, admin }) => {
  await signIn(page, admin.username, admin.password)
  await expect(h1(page, 'Oversikt')).toBeVisible()
  await page.goto('/admin/hvem-ringte')
  await expect(h1(page, 'Hvem ringte: kategorier')).toBeVisible()
  const table = page.getByRole('table', { name: 'Kategorier for hvem som ringte' })
  await table.getByRole('button', { name: 'Gi nytt navn til Andre krisesentre', exact: true }).click()
  await table.getByLabel('Nytt navn for Andre krisesentre', { exact: true }).fill('Krisesentre i andre kommuner')
  await table.getByRole('button', { name: 'Lagre', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Kategorien heter nå Krisesentre i andre kommuner.' })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'vakttelefonen', exact: true }).click()
  await expect(page.getByRole('button', { name: '6 Krisesentre i andre kommuner', exact: true })).toBeVisible()
  await expectNoAxeViolations(page)
})
