import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

/** Locators and steps the registration journeys share (day visits, phone conversations). */
export const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true })
export const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' })
export const question = (page: Page, name: string) => page.getByRole('radiogroup', { name, exact: true })
export const textbox = (page: Page | Locator, name: string) => page.getByRole('textbox', { name, exact: true })
export const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text })

/**
 * A main-menu link, behind «Meny» when the header is folded (390 px). Waits until the link or
 * the button shows: a heading alone can be there before the menu's links are (seen at 1280 px,
 * where the link was asked for too early, found hidden, and a «Meny» that never comes waited for).
 */
export async function openMenuLink(page: Page, name: string) {
  const link = mainMenu(page).getByRole('link', { name, exact: true })
  const menu = page.getByRole('button', { name: 'Meny', exact: true })
  await expect(link.or(menu).first()).toBeVisible()
  if (!(await link.isVisible())) await menu.click()
  await link.click()
}

export const CONSENT = 'Samtykker brukeren til at det registreres anonymisert statistisk informasjon?'

// The server's day (Europe/Oslo): new registrations start at it.
export const todayIso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date())
export const today = todayIso.split('-').reverse().join('.')
export const year = todayIso.slice(0, 4)

export async function answer(page: Page, name: string, option: string) {
  await question(page, name).getByRole('radio', { name: option, exact: true }).check()
}

/** "Lag nytt saksnummer": the journeys share one centre, so a fresh code finds their own record. */
export async function newCaseCode(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Lag nytt saksnummer', exact: true }).click()
  const field = textbox(page, 'Saksnummer (valgfritt)')
  await expect(field).toHaveValue(/^[0-9A-Z]{7}$/)
  return field.inputValue()
}
