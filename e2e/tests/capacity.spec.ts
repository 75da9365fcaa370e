import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, signIn, test } from '../fixtures'
import { h1, mainMenu, question, status, today, todayIso } from '../record-pages'

/**
 * Issue 22: a request for a place the centre could not meet is registered from the board in at
 * most six interactions, and the capacity screens fit a desk and a phone.
 */

/** The menu link, behind the «Meny» button when the header is folded (390 px). */
async function openMenuLink(page: Page, name: string) {
  const link = mainMenu(page).getByRole('link', { name, exact: true })
  if (!(await link.isVisible())) await page.getByRole('button', { name: 'Meny', exact: true }).click()
  await link.click()
}

/** Nothing wider than the window: the page never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
}

for (const [width, height] of [
  [1280, 900],
  [390, 844],
] as const) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } })

    test('a turned-away request takes at most six interactions from the board, and is listed', async ({ page, seedUser }) => {
      const staff = await seedUser()
      await signIn(page, staff.username, staff.password)
      await expect(h1(page, 'Oversikt')).toBeVisible()
      await openMenuLink(page, 'Nå på senteret')
      await expect(h1(page, 'Nå på senteret')).toBeVisible()
      await expectNoSidewaysScroll(page)

      // Every click from the board on counts; the date and the offer come with the link.
      let interactions = 0
      const act = async (action: Promise<void>) => {
        interactions += 1
        await action
      }
      await act(page.getByRole('link', { name: 'Registrer avvist henvendelse, kvinner', exact: true }).click())
      await expect(h1(page, 'Registrer avvist henvendelse')).toBeVisible()
      await expect(question(page, 'Tilbud').getByRole('radio', { name: 'Krisesentertilbudet for kvinner', exact: true })).toBeChecked()
      await expect(page.getByRole('textbox', { name: 'Dato', exact: true })).toHaveValue(today)
      await act(question(page, 'Hvem henvendte seg?').getByRole('radio', { name: 'Politiet', exact: true }).check())
      await act(question(page, 'Hvorfor kunne senteret ikke gi et tilbud?').getByRole('radio', { name: 'Botilbudet var fullt', exact: true }).check())
      await act(page.getByRole('group', { name: 'Hva ble gjort?', exact: true }).getByRole('checkbox', { name: 'Tok i bruk en ekstra seng/plass', exact: true }).check())
      await act(question(page, 'Hvor mange barn ville ha kommet med?').getByRole('radio', { name: '1', exact: true }).check())
      await expectNoAxeViolations(page)
      await expectNoSidewaysScroll(page)
      await act(page.getByRole('button', { name: 'Lagre henvendelsen', exact: true }).click())

      await expect(h1(page, 'Nå på senteret')).toBeVisible()
      await expect(status(page, 'Henvendelsen er lagret.')).toBeVisible()
      expect(interactions).toBeLessThanOrEqual(6)

      await openMenuLink(page, 'Avviste henvendelser')
      await expect(h1(page, 'Avviste henvendelser')).toBeVisible()
      const link = page.getByRole('link', { name: `Åpne henvendelse ${today}`, exact: true }).first()
      await expect(link).toBeVisible()
      await expectNoAxeViolations(page)
      await expectNoSidewaysScroll(page)
      await link.click()
      await expect(h1(page, `Avvist henvendelse ${today}`)).toBeVisible()
      await expectNoAxeViolations(page)
      await expectNoSidewaysScroll(page)
      const stored = await page.request.get(`/api/turned-away?year=${todayIso.slice(0, 4)}`)
      expect(stored.status()).toBe(200)
    })
  })
}
