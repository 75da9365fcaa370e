import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import type { Page } from '@playwright/test'
// The forms package's own factories: valid day visits built from the definitions.
import { bareDayVisitInput, dayVisitInput } from '@ly/forms/testing'
// The BFF's reader for its own workbooks (exceljs resolves from apps/bff).
import { readWorkbook } from '@ly/bff/testing/read-workbook'
import { apiSignIn, expect, expectNoAxeViolations, signIn, test } from '../fixtures'

const run = promisify(execFile)
const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true })
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' })

// Other journeys own the current year, 2022 and 2023; this one owns 2024.
const YEAR = 2024
const SECTIONS = [
  'Statistikk om benyttelsen av krisesenterets tjenester',
  'Telefontjenesten',
  'Midlertidig botilbud med beskyttelse mot ytre trusler',
  'Utvalgt informasjon om voksne beboere',
  'Utvalgt informasjon om barn',
  'Antall overnattingsdøgn',
  'Samtaletilbudet',
  'Kapasitet og avvisninger',
  'Tilbudet ved senteret',
]

/** 2024: twelve day users (one a man), one of them back a second time, and a visit without consent: 14 visits. */
const seed = [
  ...Array.from({ length: 12 }, (_, i) => dayVisitInput({ visit_date: `${YEAR}-${String(i + 1).padStart(2, '0')}-05`, first_contact_year: 2023, ...(i === 0 && { sex: 'male' }) })),
  dayVisitInput({ visit_date: `${YEAR}-03-20`, first_contact_year: 2023, first_visit_in_year: 'no' }),
  bareDayVisitInput({ visit_date: `${YEAR}-10-02` }),
]

async function pdfText(file: string): Promise<string | null> {
  try {
    return (await run('pdftotext', ['-layout', file, '-'])).stdout
  } catch {
    return null
  }
}

test('a leader writes a comment, downloads the Excel and CSV files and prints the report', async ({ page, seedUser, server }, testInfo) => {
  const leader = await seedUser({ role: 'leader', prefix: 'leder' })
  const api = await apiSignIn(server.baseURL, leader)
  try {
    for (const visit of seed) {
      const res = await api.post('/api/day-visits', visit)
      expect(res.status(), await res.text()).toBe(201)
    }
  } finally {
    await api.request.dispose()
  }

  await signIn(page, leader.username, leader.password)
  await mainMenu(page).getByRole('link', { name: 'Årsrapport', exact: true }).click()
  await expect(h1(page, 'Årsrapport')).toBeVisible()
  await page.getByLabel('År', { exact: true }).selectOption(String(YEAR))
  await expect(page).toHaveURL((url) => url.pathname === '/rapport' && url.searchParams.get('year') === String(YEAR))
  await expect(page.getByRole('note')).toContainText('Intern visning – eksakte tall')
  await expect(page.getByRole('heading', { level: 2, name: /^\d\. / })).toHaveText(SECTIONS.map((s, i) => `${i + 1}. ${s}`))
  // Columns end with the report's year (earlier ones depend on what other journeys registered).
  const volume = page.getByRole('table', { name: /^Registrerte dagsamtaler og samtykke/ })
  await expect(
    volume
      .getByRole('row', { name: /^Uten samtykke/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('1')
  await expectNoAxeViolations(page)

  // The shareable view hides the single visit without consent.
  // click, then wait: the view changes once the shareable model has loaded, not on the click itself.
  const shareable = page.getByRole('radio', { name: 'Til deling (små tall skjult)' })
  await shareable.click()
  await expect(shareable).toBeChecked()
  await expect(page.getByRole('note')).toContainText('Til deling – små tall er skjult')
  await expect(
    volume
      .getByRole('row', { name: /^Uten samtykke/ })
      .getByRole('cell')
      .last(),
  ).toHaveText(':')

  // A comment, saved and still there after a reload.
  const comment = page.getByLabel('Kommentar til Samtaletilbudet', { exact: true })
  await comment.fill('Flere samtaler om våren enn i fjor.')
  const form = page.locator('form', { has: comment })
  await form.getByRole('button', { name: 'Lagre kommentar' }).click()
  await expect(form.getByRole('status')).toHaveText('Kommentaren er lagret.')
  await page.reload()
  await expect(page.getByLabel('Kommentar til Samtaletilbudet', { exact: true })).toHaveValue('Flere samtaler om våren enn i fjor.')

  // Excel: one sheet per section, numbers stored as numbers.
  const [excel] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Last ned Excel' }).click()])
  expect(excel.suggestedFilename()).toMatch(new RegExp(`-${YEAR}\\.xlsx$`))
  const workbook = await readWorkbook(await readFile(await excel.path()))
  expect(workbook.worksheets).toHaveLength(SECTIONS.length)
  workbook.worksheets.forEach((sheet, i) => expect(SECTIONS[i]!.startsWith(sheet.name.replace(/^\d+ /, '')), sheet.name).toBe(true))
  const conversations = workbook.worksheets[6]!
  const rows = conversations.getSheetValues().filter(Array.isArray) as unknown[][]
  const visitsRow = rows.find((r) => r[1] === 'Dagsamtaler i alt')!
  expect(visitsRow[visitsRow.length - 1]).toBe(14)
  expect(rows.some((r) => r[1] === 'Flere samtaler om våren enn i fjor.')).toBe(true)

  // CSV with semicolons and a decimal comma.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Last ned CSV' }).click()])
  const csvText = await readFile(await csv.path(), 'utf8')
  expect(csvText.startsWith('\ufeffseksjon;tabell;figur;')).toBe(true)
  expect(csvText).toContain(`;Dagsamtaler i alt;total;${YEAR};14;;`)
  expect(csvText).toMatch(/;\d+,\d;/)

  // The print page as Chromium prints it: the sections in order.
  const [print] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Skriv ut / lagre som PDF' }).click()])
  await print.waitForLoadState()
  await expect(print.getByRole('heading', { level: 2 })).toHaveText(SECTIONS.map((s, i) => `${i + 1}. ${s}`))
  const pdfPath = testInfo.outputPath('arsrapport.pdf')
  const pdf = await print.pdf({ path: pdfPath, preferCSSPageSize: true })
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  const text = await pdfText(pdfPath)
  if (text !== null) {
    // pdftotext (poppler-utils) is installed: check the order in the PDF itself.
    const positions = SECTIONS.map((s, i) => text.indexOf(`${i + 1}. ${s.slice(0, 25)}`))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(text).toMatch(/Side 1 av \d+/)
  }
  await print.close()

  // Issue 21: the second tertial's report — its period in the page, the captions and the file.
  await page.getByLabel('Periode', { exact: true }).selectOption('2. tertial (mai–august)')
  await expect(page).toHaveURL((url) => url.searchParams.get('period') === `${YEAR}-T2`)
  await expect(page.getByText(`Statistikk for 2. tertial ${YEAR}`, { exact: true })).toBeVisible()
  await expect(page.getByRole('table', { name: new RegExp(`^Registrerte dagsamtaler og samtykke.*2\\. tertial .*${YEAR}`) })).toBeVisible()
  const [tertialCsv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Last ned CSV' }).click()])
  expect(tertialCsv.suggestedFilename()).toMatch(new RegExp(`-${YEAR}-T2\\.csv$`))
  expect(await readFile(await tertialCsv.path(), 'utf8')).toContain(`2. tertial`)
})

test('a staff user cannot open or download the report', async ({ page, seedUser }) => {
  const staff = await seedUser({ role: 'staff' })
  await signIn(page, staff.username, staff.password)
  await expect(h1(page, 'Oversikt')).toBeVisible()
  await expect(mainMenu(page).getByRole('link', { name: 'Årsrapport', exact: true })).toHaveCount(0)
  await page.goto('/rapport')
  await expect(h1(page, 'Ingen tilgang')).toBeVisible()
  for (const path of [`/api/report/download?year=${YEAR}&format=xlsx`, `/api/report/print?year=${YEAR}`, `/api/national-export?year=${YEAR}&kind=records`]) {
    expect((await page.request.get(path)).status(), path).toBe(403)
  }
})
