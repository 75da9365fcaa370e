import { randomUUID } from 'node:crypto'
import type { Page, Response } from '@playwright/test'
import { apiSignIn, expect, expectNoAxeViolations, signIn, test } from '../fixtures'

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true })
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' })
// The server's day (Europe/Oslo), as the API takes it and as the pages show it.
const todayIso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date())
const today = todayIso.split('-').reverse().join('.')
const isCallRequest = (path: string, status: number) => (res: Response) => res.request().method() === 'POST' && new URL(res.url()).pathname === path && res.status() === status

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
  for (const [digit, label] of [
    ['1', 'Kvinne (privatperson)'],
    ['4', 'Politiet'],
    ['5', 'NAV'],
    ['3', 'Barnevernet'],
    ['9', 'Advokat'],
  ] as const) {
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

test('the duty-phone log: from quick entry to the list, a call corrected and deleted; axe on the list and the form', async ({ page, server, admin, seedUser }) => {
  // A category of this journey's own, so its call is found among the other journeys' calls today.
  const adminApi = await apiSignIn(server.baseURL, admin)
  // Letters only: eight random hex digits that happen to be all digits read as a phone number,
  // and free text with one is refused (packages/forms/src/screening.ts).
  const label = `E2E-logg ${randomUUID()
    .slice(0, 8)
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]!)}`
  const added = await adminApi.post('/api/settings/caller-categories', { label })
  expect(added.status()).toBe(201)
  const { category } = (await added.json()) as { category: { key: string; version: number } }
  const credentials = await seedUser({ role: 'staff' })
  const staff = await apiSignIn(server.baseURL, credentials)
  const registered = await staff.post('/api/incoming-calls', { offer: 'women', call_date: todayIso, in_scope: true, caller_type: category.key })
  expect(registered.status()).toBe(201)
  const call = (await registered.json()) as { id: string }
  await staff.request.dispose()

  await signIn(page, credentials.username, credentials.password)
  await mainMenu(page).getByRole('link', { name: 'Vakttelefon', exact: true }).click()
  await page.getByRole('link', { name: 'innkomne samtaler', exact: true }).click()
  await expect(h1(page, 'Innkomne samtaler')).toBeVisible()
  await page.getByRole('combobox', { name: 'Måned', exact: true }).selectOption(String(Number(todayIso.slice(5, 7))))
  const link = page.getByRole('link', { name: `Åpne samtale ${today}, ${label}`, exact: true })
  await expect(link).toBeVisible()
  await expect(page.getByRole('row').filter({ has: link }).getByRole('cell')).toHaveText([label, 'Ja', /ikke registrert/, /ikke registrert/])
  await expectNoAxeViolations(page)

  await link.click()
  await expect(h1(page, `Innkommende samtale ${today}`)).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Hvem ringte?', exact: true })).toHaveValue(category.key)
  await expectNoAxeViolations(page)
  // An impossible date: refused beside the field and in the summary.
  await page.getByRole('textbox', { name: 'Dato', exact: true }).fill('31.02.2026')
  await page.getByRole('button', { name: 'Lagre endringer', exact: true }).click()
  await expect(page.getByRole('link', { name: 'Dato: Må være en gyldig dato.', exact: true })).toBeVisible()
  await expectNoAxeViolations(page)
  await page.getByRole('textbox', { name: 'Dato', exact: true }).fill(today)
  await page.getByRole('combobox', { name: 'Hvem ringte?', exact: true }).selectOption({ label: 'NAV' })
  await page.getByRole('radiogroup', { name: 'Krisetelefon?', exact: true }).getByRole('radio', { name: 'Ja', exact: true }).check()
  await page.getByRole('button', { name: 'Lagre endringer', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Endringene er lagret.' })).toBeVisible()
  expect(((await (await page.request.get(`/api/incoming-calls/${call.id}`)).json()) as { values: object }).values).toMatchObject({ caller_type: 'nav', is_crisis_call: true })

  await page.getByRole('button', { name: 'Slett samtale', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: `Slette samtalen ${today}?` })
  await expect(dialog).toBeVisible()
  await expectNoAxeViolations(page)
  await dialog.getByRole('button', { name: 'Ja, slett samtalen', exact: true }).click()
  await expect(h1(page, 'Innkomne samtaler')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Samtalen er slettet.' })).toBeVisible()
  expect((await page.request.get(`/api/incoming-calls/${call.id}`)).status()).toBe(404)

  await page.goto('/vakttelefon/logg?year=1990')
  await expect(page.getByText('Ingen samtaler registrert for valgene over.')).toBeVisible()
  await expectNoAxeViolations(page)

  // Retired again, so the quick-entry keys of later journeys stay as they were.
  const retired = await adminApi.request.patch(`/api/settings/caller-categories/${category.key}`, {
    data: { version: category.version, retired: true },
    headers: { 'x-csrf-token': adminApi.csrfToken },
  })
  expect(retired.status()).toBe(200)
  await adminApi.request.dispose()
})
