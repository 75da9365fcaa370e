import type { Page } from '@playwright/test'
import { createCentre, runLy } from '../centres'
import { apiChangePassword, apiSignIn, createUser, expect, expectNoAxeViolations, signIn, test, type Credentials } from '../fixtures'
import { developerText } from '../page-words'

/**
 * Every main page of the SPA, walked as the people who use it — staff, a leader, the
 * administrator — in a centre filled with `pnpm ly demo` (two years of every form), at a desktop
 * width and a phone's: no sideways page scroll at 390 px, no axe violation of any impact, and
 * only words for people on screen (no source references, indicator ids or option keys).
 */
// The registration forms are main pages too: the longest screens, filled in on phones.
const STAFF_PAGES = [
  '/',
  '/dagbesok',
  '/dagbesok/ny',
  '/opphold',
  '/opphold/ny',
  '/na-pa-senteret',
  '/telefonsamtaler',
  '/telefonsamtaler/ny',
  '/vakttelefon',
  '/vakttelefon/logg',
  '/avviste-henvendelser',
  '/avviste-henvendelser/ny',
  '/ledige-plasser',
  '/kvalitetskontroll',
]
const LEADER_PAGES = ['/statistikk', '/rapport', '/arsskjema', '/logg', '/arslas']
const ADMIN_PAGES = ['/admin/brukere', '/admin/sikkerhet', '/admin/hvem-ringte', '/admin/krisesentre', '/admin/tilganger']
const WIDTHS = [1280, 390] as const

interface DemoCentre {
  staff: Credentials
  leader: Credentials
  admin: Credentials
}

let demo: DemoCentre | undefined

/** A centre of its own with a demo history, its administrator ready, a staff user and a leader. */
async function demoCentre(baseURL: string, dbPath: string): Promise<DemoCentre> {
  if (demo) return demo
  const centre = await createCentre(dbPath, 'Demo-senter')
  const id = (await runLy(dbPath, 'list-centres'))
    .split('\n')
    .find((line) => line.endsWith(`\t${centre.name}`))
    ?.split('\t')[0]
  if (!id) throw new Error(`Fant ikke ${centre.name} i list-centres`)
  await runLy(dbPath, 'demo', '--centre', id, '--years', '2')
  const session = await apiSignIn(baseURL, centre.admin)
  const admin = { username: centre.admin.username, password: 'e2e-demo-admin-passord-2026' }
  try {
    await apiChangePassword(session, centre.admin.password, admin.password)
  } finally {
    await session.request.dispose()
  }
  // `pnpm ly demo` fills in the annual forms too, so the board knows the places.
  const leader = await createUser(baseURL, admin, { role: 'leader', prefix: 'demoleder' })
  demo = { staff: await createUser(baseURL, admin, { role: 'staff', prefix: 'demovakt' }), leader, admin }
  return demo
}

/** Opens `path` and waits until the page and its data are there: the heading shown, nothing loading. */
async function openPage(page: Page, path: string) {
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /^(Laster|Oppdaterer|Lager)/ })).toHaveCount(0)
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0)
  // The dashboard's areas open, so their figures are checked too.
  // Each click changes which buttons are collapsed, so take the first one left each time.
  const collapsed = page.getByRole('main').locator('button[aria-expanded="false"]')
  for (let left = await collapsed.count(); left > 0; left--) await collapsed.first().click()
}

/** One page at one width: no sideways scroll, only words for people, no axe violation. */
async function checkPage(page: Page, path: string, width: number) {
  await openPage(page, path)
  const { scrollWidth, innerWidth, widest } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    // What reaches past the window, innermost first: where to look when this fails.
    widest: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && ![...el.children].some((c) => c.getBoundingClientRect().right > window.innerWidth + 1))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} «${el.textContent.trim().slice(0, 40)}»`),
  }))
  expect(scrollWidth, `${path} scrolls sideways at ${width} px: ${widest.join(' | ')}`).toBeLessThanOrEqual(innerWidth)
  expect(await developerText(page), `${path}: text meant for developers`).toEqual([])
  await expectNoAxeViolations(page)
}

// Each page its own test, so a long page (the dashboard with every area open) has its own time.
const WALKS = [
  ['staff', STAFF_PAGES],
  ['leader', LEADER_PAGES],
  ['admin', ADMIN_PAGES],
] as const

for (const width of WIDTHS) {
  test.describe(`every main page at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } })

    for (const [role, pages] of WALKS) {
      for (const path of pages) {
        test(`${path} as ${role}`, async ({ page, server }) => {
          test.slow()
          const user = (await demoCentre(server.baseURL, server.dbPath))[role]
          await signIn(page, user.username, user.password)
          await checkPage(page, path, width)
        })
      }
    }
  })
}

test.describe('the menu on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 } })

  test('folds behind «Meny»: it says whether it is open, Escape closes it and returns focus, a link opens the page', async ({ page, server }) => {
    const { staff } = await demoCentre(server.baseURL, server.dbPath)
    await signIn(page, staff.username, staff.password)
    await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible()
    const menu = page.getByRole('button', { name: 'Meny', exact: true })
    const board = page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Nå på senteret', exact: true })
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
    await expect(board).toBeHidden()
    // Hiding the screen stays one step away, menu or not.
    await expect(page.getByRole('button', { name: /^Skjul skjermen/ })).toBeVisible()

    await menu.click()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    await expect(board).toBeVisible()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Tab')
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Oversikt', exact: true })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
    await expect(menu).toBeFocused()
    await expect(board).toBeHidden()
    // That Escape closed the menu; it was not the first half of Esc Esc.
    await page.keyboard.press('Escape')
    await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible()

    await menu.click()
    await board.click()
    await expect(page.getByRole('heading', { level: 1, name: 'Nå på senteret' })).toBeVisible()
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
    // The house at a glance, with the free places the annual form allows.
    const counts = page.getByRole('region', { name: 'Bor her nå' })
    await expect(counts.getByRole('term')).toContainText(['Voksne', 'Barn', 'Ledige plasser'])
  })
})

test.describe('pages without waterfalls', () => {
  for (const [path, chunk, request] of [
    ['/statistikk', /\/assets\/statistics-[^/]*\.js$/, '/api/statistics/dashboard'],
    ['/rapport', /\/assets\/report-[^/]*\.js$/, '/api/report'],
  ] as const) {
    test(`${path} asks for its data while its code is still downloading`, async ({ page, server }) => {
      const { leader } = await demoCentre(server.baseURL, server.dbPath)
      await signIn(page, leader.username, leader.password)
      await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible()
      // The page's chunk is held back until its data has been asked for: a page that asks only
      // once its code has arrived never gets there, and the heading below never shows.
      const asked = page.waitForRequest((req) => new URL(req.url()).pathname === request)
      await page.route(chunk, async (route) => {
        await asked
        await route.continue()
      })
      await page
        .getByRole('navigation', { name: 'Hovedmeny' })
        .getByRole('link', { name: path === '/statistikk' ? 'Statistikk' : 'Årsrapport', exact: true })
        .click()
      await expect(page.getByRole('heading', { level: 1, name: path === '/statistikk' ? 'Statistikk' : 'Årsrapport' })).toBeVisible()
    })
  }
})
