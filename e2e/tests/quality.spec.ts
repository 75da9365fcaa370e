import type { Page } from '@playwright/test'
import { dayVisitInput } from '@ly/forms/testing'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runLy } from '../centres'
import { expect, expectNoAxeViolations, signIn, test } from '../fixtures'

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true })
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' })

// Other journeys share the centre and register in the current year; this one owns 2021 (the oldest year the picker offers; the dashboard journey owns 2022–2023).
const YEAR = 2021

test('Kvalitetskontroll: an imported visit without «første gang i år» is listed with a link to it; answered «Vet ikke», it is found no more', async ({
  page,
  seedUser,
  server,
}) => {
  const staff = await seedUser({ role: 'staff' })
  // History in the old interchange format, where the question could be left out (decision 0037):
  // brought in with `pnpm ly import`, since the forms no longer save it blank.
  const { first_visit_in_year: _blank, ...visit } = dayVisitInput({ visit_date: `${YEAR}-03-04`, first_contact_year: YEAR })
  const file = join(mkdtempSync(join(tmpdir(), 'ly-e2e-')), 'historikk.jsonl')
  writeFileSync(file, `${JSON.stringify({ form: 'day_visit', ref: 'historikk-1', ...visit })}\n`)
  const centreId = (await runLy(server.dbPath, 'list-centres'))
    .split('\n')
    .find((line) => line.endsWith('\tDemosenteret'))
    ?.split('\t')[0]
  if (!centreId) throw new Error('Fant ikke Demosenteret i list-centres')
  await runLy(server.dbPath, 'import', file, '--centre', centreId)

  await signIn(page, staff.username, staff.password)
  await mainMenu(page)
    .getByRole('link', { name: /^Kvalitetskontroll/ })
    .click()
  await expect(h1(page, 'Kvalitetskontroll')).toBeVisible()
  await page.getByLabel('År', { exact: true }).selectOption(String(YEAR))
  await expect(page.getByText(`Ett funn i ${YEAR}.`)).toBeVisible()
  const rule = page.getByRole('region', { name: '«Første gang i år» er ikke besvart (1)' })
  await expect(rule.getByText('Slik retter du:')).toBeVisible()
  await expectNoAxeViolations(page)

  await rule.getByRole('link', { name: `Dagbesøk 04.03.${YEAR}` }).click()
  await expect(page).toHaveURL(/\/dagbesok\/[0-9a-f-]{36}$/)
  const first = page.getByRole('radiogroup', { name: 'Er dette brukerens første dagsbesøk i år?', exact: true })
  await first.getByRole('radio', { name: 'Vet ikke', exact: true }).check()
  await page.getByRole('button', { name: 'Lagre endringer', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Endringene er lagret.' })).toBeVisible()

  await mainMenu(page)
    .getByRole('link', { name: /^Kvalitetskontroll/ })
    .click()
  await page.getByLabel('År', { exact: true }).selectOption(String(YEAR))
  await expect(page.getByText(`Ingen funn i ${YEAR}. Alt som sjekkes, ser riktig ut.`)).toBeVisible()
})
