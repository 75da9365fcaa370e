import type { Locator, Page } from '@playwright/test'
import { createCentre } from '../centres'
import { apiSignIn, changePassword, expect, expectNoAxeViolations, signIn, test, type Credentials } from '../fixtures'
import { answer, CONSENT, h1, mainMenu, newCaseCode, question, status, textbox, today, todayIso, year } from '../record-pages'

const BARE_KEYS = ['consent_to_statistics', 'offer', 'visit_date', 'case_code']

type Visit = { id: string; values: Record<string, unknown> }

/** The visits with this case code, each read in full (a list answers with the list's fields only). */
async function visitsWithCode(page: Page, code: string): Promise<Visit[]> {
  const res = await page.request.get(`/api/day-visits?year=${year}&case_code=${code}`)
  expect(res.status()).toBe(200)
  const { records } = (await res.json()) as { records: Visit[] }
  return Promise.all(records.map(async ({ id }) => (await (await page.request.get(`/api/day-visits/${id}`)).json()) as Visit))
}

const answersBeyondTheBareEvent = (visit: Visit | undefined) =>
  Object.entries(visit?.values ?? {}).filter(([key, value]) => !BARE_KEYS.includes(key) && value !== null && !(Array.isArray(value) && value.length === 0))

async function openNewVisitForm(page: Page, staff: Credentials) {
  await signIn(page, staff.username, staff.password)
  await expect(h1(page, 'Oversikt')).toBeVisible()
  await mainMenu(page).getByRole('link', { name: 'Dagbesøk', exact: true }).click()
  await expect(h1(page, 'Dagbesøk')).toBeVisible()
  await page.getByRole('link', { name: 'Registrer dagbesøk', exact: true }).click()
  await expect(h1(page, 'Registrer dagbesøk')).toBeVisible()
}

test('a visit with consent: registered, listed, corrected, then consent withdrawn', async ({ page, seedUser }) => {
  await openNewVisitForm(page, await seedUser())
  await answer(page, CONSENT, 'Ja')
  await answer(page, 'Tilbud', 'Krisesentertilbudet for kvinner')
  await expect(textbox(page, 'Dato for besøket')).toHaveValue(today)
  const code = await newCaseCode(page)
  await answer(page, 'Kjønn', 'Kvinne')
  await textbox(page, 'Alder ved besøket').fill('34')
  await page.getByRole('group', { name: 'Årsak til henvendelsen', exact: true }).getByRole('checkbox', { name: 'Psykisk vold', exact: true }).check()
  await page.getByRole('button', { name: 'Lagre besøket', exact: true }).click()

  await expect(h1(page, 'Dagbesøk')).toBeVisible()
  await expect(status(page, 'Besøket er lagret.')).toBeVisible()
  await textbox(page, 'Saksnummer').fill(code)
  await textbox(page, 'Saksnummer').press('Enter')
  const table = page.getByRole('table', { name: `Dagbesøk ${year}, saksnummer ${code} (1 besøk)`, exact: true })
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: `Åpne besøk ${today}`, exact: true }) })
  await expect(row.getByRole('cell')).toHaveText(['Kvinner', 'Ja', code, /ikke registrert/, 'Kvinne', '34'])

  await row.getByRole('link').click()
  await expect(h1(page, `Dagbesøk ${today}`)).toBeVisible()
  await expect(textbox(page, 'Alder ved besøket')).toHaveValue('34')
  await textbox(page, 'Alder ved besøket').fill('35')
  await page.getByRole('button', { name: 'Lagre endringer', exact: true }).click()
  await expect(status(page, 'Endringene er lagret.')).toBeVisible()
  expect((await visitsWithCode(page, code))[0]?.values).toMatchObject({ age: 35, violence_types: ['psychological'] })

  await page.getByRole('button', { name: 'Trekk tilbake samtykke', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Trekke tilbake samtykket?' })
  await expect(dialog).toContainText('slettes for godt')
  await expect(dialog.getByRole('button', { name: 'Avbryt', exact: true })).toBeFocused()
  await dialog.getByRole('button', { name: 'Ja, trekk tilbake samtykket', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(status(page, /Samtykket er trukket tilbake/)).toBeVisible()
  await expect(question(page, CONSENT).getByRole('radio', { name: 'Nei', exact: true })).toBeChecked()
  // Only the bare event is left on screen; the stored record below has lost the answers too.
  await expect(question(page, 'Kjønn')).toHaveCount(0)
  await expect(textbox(page, 'Alder ved besøket')).toHaveCount(0)
  const [withdrawn] = await visitsWithCode(page, code)
  expect(withdrawn?.values).toMatchObject({ consent_to_statistics: false, offer: 'women', visit_date: todayIso, case_code: code })
  expect(answersBeyondTheBareEvent(withdrawn)).toEqual([])
})

test('a visit without consent: only the bare event is on screen and stored', async ({ page, seedUser }) => {
  await openNewVisitForm(page, await seedUser())
  await answer(page, CONSENT, 'Ja')
  await answer(page, 'Kjønn', 'Mann')
  await answer(page, CONSENT, 'Nei')
  await expect(page.getByText(/Uten samtykke lagres bare selve hendelsen/)).toBeVisible()
  await expect(question(page, 'Kjønn')).toHaveCount(0)
  await expect(textbox(page, 'Alder ved besøket')).toHaveCount(0)
  await answer(page, 'Tilbud', 'Krisesentertilbudet for menn')
  const code = await newCaseCode(page)
  await page.getByRole('button', { name: 'Lagre besøket', exact: true }).click()
  await expect(status(page, 'Besøket er lagret.')).toBeVisible()

  const [stored] = await visitsWithCode(page, code)
  expect(stored?.values).toMatchObject({ consent_to_statistics: false, offer: 'men', visit_date: todayIso, case_code: code })
  expect(answersBeyondTheBareEvent(stored)).toEqual([])

  await page.goto(`/dagbesok/${stored?.id}`)
  await expect(h1(page, `Dagbesøk ${today}`)).toBeVisible()
  await expect(question(page, CONSENT).getByRole('radio', { name: 'Nei', exact: true })).toBeChecked()
  await expect(question(page, 'Kjønn')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Trekk tilbake samtykke' })).toHaveCount(0)
})

test("a user of another centre sees none of this centre's visits", async ({ page, server, seedUser }) => {
  const staff = await apiSignIn(server.baseURL, await seedUser())
  const created = await staff.post('/api/day-visits', { consent_to_statistics: false, offer: 'women', visit_date: todayIso })
  expect(created.status()).toBe(201)
  const visit = (await created.json()) as Visit
  await staff.request.dispose()

  const other = await createCentre(server.dbPath, 'E2E-nabosenter')
  await signIn(page, other.admin.username, other.admin.password)
  await changePassword(page, other.admin.password, 'e2e-nabosenter-passord')
  await expect(h1(page, 'Oversikt')).toBeVisible()
  await expect(page.getByText(other.name, { exact: true })).toBeVisible()
  await mainMenu(page).getByRole('link', { name: 'Dagbesøk', exact: true }).click()
  await expect(h1(page, 'Dagbesøk')).toBeVisible()
  await expect(page.getByText('Ingen dagbesøk registrert for valgene over.')).toBeVisible()
  expect((await page.request.get(`/api/day-visits/${visit.id}`)).status()).toBe(404)
  await page.goto(`/dagbesok/${visit.id}`)
  await expect(page.getByRole('alert')).toContainText('Fant ikke')
})

/** Presses Tab until `target` has focus: how a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, limit = 250): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Nådde ikke elementet med ${limit} trykk på Tab`)
}

test('keyboard only: from the first field, through the error summary, to saved', async ({ page, seedUser }) => {
  // Dozens of key presses through a long form.
  test.slow()
  await openNewVisitForm(page, await seedUser())
  const save = page.getByRole('button', { name: 'Lagre besøket', exact: true })
  const consentYes = question(page, CONSENT).getByRole('radio', { name: 'Ja', exact: true })
  await tabTo(page, consentYes)

  // Saving with nothing answered: the summary takes focus and its links lead to the fields.
  await tabTo(page, save)
  await page.keyboard.press('Enter')
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Skjemaet har feil' }) })
  await expect(summary).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(summary.getByRole('link', { name: `${CONSENT}: Må besvares.` })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(consentYes).toBeFocused()
  await page.keyboard.press('Space')
  await expect(consentYes).toBeChecked()

  await page.keyboard.press('Tab')
  const women = question(page, 'Tilbud').getByRole('radio', { name: 'Krisesentertilbudet for kvinner', exact: true })
  await expect(women).toBeFocused()
  await page.keyboard.press('Space')
  const code = await (async () => {
    await tabTo(page, page.getByRole('button', { name: 'Lag nytt saksnummer', exact: true }))
    await page.keyboard.press('Enter')
    await expect(textbox(page, 'Saksnummer (valgfritt)')).toHaveValue(/^[0-9A-Z]{7}$/)
    return textbox(page, 'Saksnummer (valgfritt)').inputValue()
  })()
  await tabTo(page, question(page, 'Kjønn').getByRole('radio', { name: 'Kvinne', exact: true }))
  await page.keyboard.press('ArrowDown')
  await expect(question(page, 'Kjønn').getByRole('radio', { name: 'Mann', exact: true })).toBeChecked()
  await tabTo(page, textbox(page, 'Alder ved besøket'))
  await page.keyboard.type('41')
  await tabTo(page, save)
  await page.keyboard.press('Enter')

  await expect(h1(page, 'Dagbesøk')).toBeVisible()
  await expect(status(page, 'Besøket er lagret.')).toBeVisible()
  expect((await visitsWithCode(page, code))[0]?.values).toMatchObject({ consent_to_statistics: true, offer: 'women', sex: 'male', age: 41 })
})

test.describe('accessibility (axe, WCAG 2.1 A/AA)', () => {
  test('the list, empty and with visits', async ({ page, seedUser }) => {
    const staff = await seedUser()
    await signIn(page, staff.username, staff.password)
    await expect(h1(page, 'Oversikt')).toBeVisible()
    await page.goto(`/dagbesok?year=${year}&case_code=INGENTING`)
    await expect(page.getByText('Ingen dagbesøk registrert for valgene over.')).toBeVisible()
    await expectNoAxeViolations(page)

    await page.goto('/dagbesok/ny')
    await answer(page, CONSENT, 'Nei')
    await answer(page, 'Tilbud', 'Krisesentertilbudet for kvinner')
    await page.getByRole('button', { name: 'Lagre besøket', exact: true }).click()
    await expect(
      page
        .getByRole('table')
        .getByRole('link', { name: `Åpne besøk ${today}`, exact: true })
        .first(),
    ).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('the form, empty, with errors from the browser and from the server, and without consent', async ({ page, seedUser }) => {
    // Four axe passes over a long form.
    test.slow()
    const staff = await seedUser()
    await signIn(page, staff.username, staff.password)
    await expect(h1(page, 'Oversikt')).toBeVisible()
    await page.goto('/dagbesok/ny')
    await expect(h1(page, 'Registrer dagbesøk')).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Lagre besøket', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Skjemaet har feil' })).toBeVisible()
    await expectNoAxeViolations(page)

    // A mistyped new case code is caught by the server alone (its check character).
    await answer(page, CONSENT, 'Ja')
    await answer(page, 'Tilbud', 'Krisesentertilbudet for menn')
    await textbox(page, 'Saksnummer (valgfritt)').fill('ZZZZZZ1')
    await page.getByRole('button', { name: 'Lagre besøket', exact: true }).click()
    await expect(page.getByRole('link', { name: /^Saksnummer \(valgfritt\): Saksnummeret finnes ikke fra før/ })).toBeVisible()
    await expect(textbox(page, 'Saksnummer (valgfritt)')).toHaveAttribute('aria-invalid', 'true')
    await expectNoAxeViolations(page)

    await answer(page, CONSENT, 'Nei')
    await expect(textbox(page, 'Alder ved besøket')).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test('the visit page and its confirm dialog; Escape cancels and gives focus back', async ({ page, seedUser, server }) => {
    test.slow()
    const credentials = await seedUser()
    const staff = await apiSignIn(server.baseURL, credentials)
    const created = await staff.post('/api/day-visits', {
      consent_to_statistics: true,
      offer: 'women',
      visit_date: todayIso,
      first_visit_in_year: 'unknown',
      sex: 'female',
      age: 52,
    })
    expect(created.status()).toBe(201)
    const visit = (await created.json()) as Visit
    await staff.request.dispose()

    await signIn(page, credentials.username, credentials.password)
    await expect(h1(page, 'Oversikt')).toBeVisible()
    await page.goto(`/dagbesok/${visit.id}`)
    await expect(h1(page, `Dagbesøk ${today}`)).toBeVisible()
    await expectNoAxeViolations(page)

    const remove = page.getByRole('button', { name: 'Slett besøk', exact: true })
    await remove.click()
    const dialog = page.getByRole('dialog', { name: `Slette besøket ${today}?` })
    await expect(dialog).toBeVisible()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(remove).toBeFocused()
    expect((await page.request.get(`/api/day-visits/${visit.id}`)).status()).toBe(200)
  })
})
