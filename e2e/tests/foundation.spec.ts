import type { Page, Response } from '@playwright/test'
import { ADMIN_PASSWORD, USER_PASSWORD } from '../server-state'
import { changePassword, createUser, expect, expectNoAxeViolations, signIn, test, uniqueUsername } from '../fixtures'
import { prepareFirstAdmin } from '../api'

const at = (pathname: string) => (url: URL) => url.pathname === pathname
const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true })
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' })
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const isPasswordChange = (res: Response) => res.request().method() === 'POST' && new URL(res.url()).pathname === '/api/auth/password'

test('first start: the printed one-time password signs in, must be changed, then Oversikt', async ({ freshServer, freshPage: page }) => {
  const { username, password } = freshServer.firstAdmin
  expect((await signIn(page, username, password)).status()).toBe(200)

  await expect(page).toHaveURL(at('/bytt-passord'))
  const changed = page.waitForResponse(isPasswordChange)
  await changePassword(page, password, ADMIN_PASSWORD)
  expect((await changed).status()).toBe(200)

  await expect(page).toHaveURL(at('/'))
  await expect(h1(page, 'Oversikt')).toBeVisible()
  await expect(mainMenu(page).getByRole('link', { name: 'Oversikt', exact: true })).toBeVisible()
  await expect(mainMenu(page).getByRole('link', { name: 'Brukere', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Logg ut', exact: true })).toBeVisible()
})

test('the API: health answers without a session, everything else 401 JSON', async ({ request }) => {
  const health = await request.get('/api/health')
  expect(health.status()).toBe(200)
  expect(await health.json()).toEqual({ status: 'ok' })

  const users = await request.get('/api/users')
  expect(users.status()).toBe(401)
  expect(users.headers()['content-type']).toContain('application/json')
  expect(await users.json()).toMatchObject({ error: { code: 'unauthorized' } })
})

test('an administrator creates a staff user, who signs in and changes the one-time password', async ({ page, admin }) => {
  await signIn(page, admin.username, admin.password)
  await expect(h1(page, 'Oversikt')).toBeVisible()
  await mainMenu(page).getByRole('link', { name: 'Brukere', exact: true }).click()
  await expect(page).toHaveURL(at('/admin/brukere'))
  await expect(h1(page, 'Brukere')).toBeVisible()

  const username = uniqueUsername('ny')
  await expect(page.getByRole('heading', { level: 2, name: 'Ny bruker', exact: true })).toBeVisible()
  await page.getByLabel('Brukernavn', { exact: true }).fill(username)
  await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Registrerer' })
  await page.getByRole('button', { name: 'Opprett bruker', exact: true }).click()

  const output = page.getByLabel('Engangspassord', { exact: true })
  const shown = new RegExp(`Engangspassord for ${escapeRegExp(username)}: ([A-Za-z0-9]{4}(?:-[A-Za-z0-9]{4}){3})`)
  await expect(output).toHaveText(shown)
  const oneTimePassword = shown.exec((await output.textContent()) ?? '')?.[1] ?? ''

  const table = page.getByRole('table', { name: 'Brukere ved senteret' })
  await expect(table.getByRole('row').filter({ hasText: username })).toBeVisible()
  await expect(table.getByLabel(`Rolle for ${username}`, { exact: true })).toBeVisible()
  await expect(table.getByRole('button', { name: `Deaktiver ${username}`, exact: true })).toBeVisible()
  await expect(table.getByRole('button', { name: `Nytt passord for ${username}`, exact: true })).toBeVisible()

  // The administrator walks away; the new user signs in on the same machine.
  await page.context().clearCookies()
  expect((await signIn(page, username, oneTimePassword)).status()).toBe(200)
  await expect(page).toHaveURL(at('/bytt-passord'))
  await changePassword(page, oneTimePassword, USER_PASSWORD)
  await expect(page).toHaveURL(at('/'))
  await expect(h1(page, 'Oversikt')).toBeVisible()
  await expect(mainMenu(page).getByRole('link', { name: 'Brukere', exact: true })).toHaveCount(0)
})

test('a staff user cannot open user administration', async ({ page, seedUser }) => {
  const staff = await seedUser({ role: 'staff' })
  await signIn(page, staff.username, staff.password)
  await expect(h1(page, 'Oversikt')).toBeVisible()
  await expect(mainMenu(page).getByRole('link', { name: 'Oversikt', exact: true })).toBeVisible()
  await expect(mainMenu(page).getByRole('link', { name: 'Brukere', exact: true })).toHaveCount(0)

  await page.goto('/admin/brukere')
  await expect(h1(page, 'Ingen tilgang')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Opprett bruker' })).toHaveCount(0)

  const res = await page.request.get('/api/users')
  expect(res.status()).toBe(403)
  expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } })
})

test('wrong passwords are throttled: the 6th attempt is refused even with the right password', async ({ freshServer, freshPage: page }) => {
  // On a server of its own: the failures also count against 127.0.0.1, which every journey shares.
  const admin = await prepareFirstAdmin(freshServer.baseURL, freshServer.firstAdmin)
  const user = await createUser(freshServer.baseURL, admin, { role: 'staff', prefix: 'sperres' })
  for (let attempt = 1; attempt <= 5; attempt++) {
    expect((await signIn(page, user.username, `feil-passord-${attempt}`)).status()).toBe(401)
    await expect(page.getByRole('alert')).toContainText('Feil brukernavn eller passord')
  }
  expect((await signIn(page, user.username, user.password)).status()).toBe(429)
  await expect(page.getByRole('alert')).toContainText('For mange mislykkede innlogginger')
  await expect(page).toHaveURL(at('/logg-inn'))
})

test('signing out ends the session', async ({ page, seedUser }) => {
  const staff = await seedUser()
  await signIn(page, staff.username, staff.password)
  await expect(h1(page, 'Oversikt')).toBeVisible()

  await page.getByRole('button', { name: 'Logg ut', exact: true }).click()
  await expect(page).toHaveURL(at('/logg-inn'))
  await page.goto('/')
  await expect(page).toHaveURL(at('/logg-inn'))
  await expect(h1(page, 'Logg inn')).toBeVisible()
  expect((await page.request.get('/api/auth/session')).status()).toBe(401)
})

test.describe('accessibility (axe, WCAG 2.1 A/AA)', () => {
  test('sign-in page, empty and with an error', async ({ page }) => {
    await page.goto('/logg-inn')
    await expect(h1(page, 'Logg inn')).toBeVisible()
    await expectNoAxeViolations(page)

    expect((await signIn(page, 'finnes-ikke', 'feil-passord')).status()).toBe(401)
    await expect(page.getByRole('alert')).toContainText('Feil brukernavn eller passord')
    await expectNoAxeViolations(page)
  })

  test('change-password page', async ({ page, seedUser }) => {
    const user = await seedUser({ keepOneTimePassword: true })
    await signIn(page, user.username, user.password)
    await expect(page).toHaveURL(at('/bytt-passord'))
    await expect(h1(page, 'Bytt passord')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('user administration, empty and with an error', async ({ page, admin }) => {
    await signIn(page, admin.username, admin.password)
    await expect(h1(page, 'Oversikt')).toBeVisible()
    await page.goto('/admin/brukere')
    await expect(h1(page, 'Brukere')).toBeVisible()
    await expect(page.getByRole('table', { name: 'Brukere ved senteret' }).getByLabel(`Rolle for ${admin.username}`, { exact: true })).toBeVisible()
    await expectNoAxeViolations(page)

    // A taken user name is only caught by the server: its 422 must reach the form.
    await page.getByLabel('Brukernavn', { exact: true }).fill(admin.username)
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Registrerer' })
    await page.getByRole('button', { name: 'Opprett bruker', exact: true }).click()
    await expect(page.getByText('Brukernavnet er allerede i bruk').first()).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
