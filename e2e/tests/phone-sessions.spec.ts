import type { Page } from '@playwright/test'
import { apiSignIn, expect, expectNoAxeViolations, signIn, test, type Credentials } from '../fixtures'
import { answer, CONSENT, h1, mainMenu, newCaseCode, question, status, textbox, today, todayIso, year } from '../record-pages'

const LIST = 'Enesamtaler på telefon/video'
const NEW = 'Registrer enesamtale på telefon/video'
const CONFIRM = 'Samtalen var strukturert og målrettet, med samme varighet som en ordinær enesamtale'
const RULE = /^Registrer bare samtaler som tilsvarer en ordinær enesamtale på krisesenteret/
const REFUSAL = 'Bare strukturerte, målrettede samtaler av ordinær lengde registreres som enesamtale på telefon. Korte, praktiske samtaler registreres ikke.'
const BARE_KEYS = ['consent_to_statistics', 'offer', 'session_date', 'case_code', 'qualifies_as_one_to_one']

type Session = { id: string; values: Record<string, unknown> }

/** The stored record, all answers (a list row holds only the listed ones). */
async function sessionWithCode(page: Page, code: string): Promise<Session> {
  const list = await page.request.get(`/api/phone-sessions?year=${year}&case_code=${code}`)
  expect(list.status()).toBe(200)
  const [row] = ((await list.json()) as { records: Session[] }).records
  const res = await page.request.get(`/api/phone-sessions/${row?.id}`)
  expect(res.status()).toBe(200)
  return (await res.json()) as Session
}

const answersBeyondTheBareEvent = (session: Session) =>
  Object.entries(session.values).filter(([key, value]) => !BARE_KEYS.includes(key) && value !== null && !(Array.isArray(value) && value.length === 0))

async function openNewSessionForm(page: Page, staff: Credentials) {
  await signIn(page, staff.username, staff.password)
  await expect(h1(page, 'Oversikt')).toBeVisible()
  await mainMenu(page).getByRole('link', { name: 'Enesamtaler på telefon', exact: true }).click()
  await expect(h1(page, LIST)).toBeVisible()
  await page.getByRole('link', { name: 'Registrer samtale', exact: true }).click()
  await expect(h1(page, NEW)).toBeVisible()
}

test('a conversation with consent: registered, listed, corrected, then consent withdrawn', async ({ page, seedUser }) => {
  await openNewSessionForm(page, await seedUser())
  // The S0:44 rule opens the form, and the box that confirms it repeats it.
  await expect(page.getByText(RULE).first()).toBeVisible()
  await expect(page.getByRole('checkbox', { name: CONFIRM, exact: true })).toHaveAccessibleDescription(RULE)

  await answer(page, CONSENT, 'Ja')
  await answer(page, 'Tilbud', 'Krisesentertilbudet for kvinner')
  await expect(textbox(page, 'Dato for samtalen')).toHaveValue(today)
  const code = await newCaseCode(page)
  // A new code has no history: Ly fills in «ja», which staff may change (decision 0037).
  await expect(question(page, 'Er dette brukerens første enesamtale på telefon/video i år?').getByRole('radio', { name: 'Ja', exact: true })).toBeChecked()
  await page.getByRole('checkbox', { name: CONFIRM, exact: true }).check()
  await answer(page, 'Samtalen ble holdt på', 'Telefon')
  await answer(page, 'Hvorfor ble samtalen holdt på telefon/video og ikke på senteret?', 'Avstand')
  await answer(page, 'Kjønn', 'Kvinne')
  await page.getByRole('button', { name: 'Lagre samtalen', exact: true }).click()

  await expect(h1(page, LIST)).toBeVisible()
  await expect(status(page, 'Samtalen er lagret.')).toBeVisible()
  await textbox(page, 'Saksnummer').fill(code)
  await textbox(page, 'Saksnummer').press('Enter')
  const table = page.getByRole('table', { name: `${LIST} ${year}, saksnummer ${code} (1 samtale)`, exact: true })
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: `Åpne samtale ${today}`, exact: true }) })
  await expect(row.getByRole('cell')).toHaveText(['Kvinner', 'Ja', code, 'Telefon', 'Avstand', 'Kvinne'])

  await row.getByRole('link').click()
  await expect(h1(page, `Enesamtale ${today}`)).toBeVisible()
  await expect(page.getByRole('checkbox', { name: CONFIRM, exact: true })).toBeChecked()
  await answer(page, 'Samtalen ble holdt på', 'Video')
  await page.getByRole('button', { name: 'Lagre endringer', exact: true }).click()
  await expect(status(page, 'Endringene er lagret.')).toBeVisible()
  expect((await sessionWithCode(page, code)).values).toMatchObject({ channel: 'video', reason_by_phone: 'distance', sex: 'female', first_session_in_year: 'yes' })

  await page.getByRole('button', { name: 'Trekk tilbake samtykke', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Trekke tilbake samtykket?' })
  await expect(dialog).toContainText('Alle svarene om brukeren i denne samtalen slettes for godt')
  await expect(dialog.getByRole('button', { name: 'Avbryt', exact: true })).toBeFocused()
  await dialog.getByRole('button', { name: 'Ja, trekk tilbake samtykket', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(status(page, /Samtykket er trukket tilbake/)).toBeVisible()
  await expect(question(page, CONSENT).getByRole('radio', { name: 'Nei', exact: true })).toBeChecked()
  await expect(question(page, 'Kjønn')).toHaveCount(0)
  const withdrawn = await sessionWithCode(page, code)
  expect(withdrawn.values).toMatchObject({ consent_to_statistics: false, offer: 'women', session_date: todayIso, case_code: code, qualifies_as_one_to_one: true })
  expect(answersBeyondTheBareEvent(withdrawn)).toEqual([])
})

test.describe('accessibility (axe, WCAG 2.1 A/AA)', () => {
  test('the list, empty and with conversations', async ({ page, seedUser }) => {
    const staff = await seedUser()
    await signIn(page, staff.username, staff.password)
    await expect(h1(page, 'Oversikt')).toBeVisible()
    await page.goto(`/telefonsamtaler?year=${year}&case_code=INGENTING`)
    await expect(page.getByText('Ingen samtaler registrert for valgene over.')).toBeVisible()
    await expectNoAxeViolations(page)

    await page.goto('/telefonsamtaler/ny')
    await answer(page, CONSENT, 'Nei')
    await answer(page, 'Tilbud', 'Krisesentertilbudet for menn')
    await page.getByRole('checkbox', { name: CONFIRM, exact: true }).check()
    await page.getByRole('button', { name: 'Lagre samtalen', exact: true }).click()
    await expect(status(page, 'Samtalen er lagret.')).toBeVisible()
    await expect(
      page
        .getByRole('table')
        .getByRole('link', { name: `Åpne samtale ${today}`, exact: true })
        .first(),
    ).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('the form, empty, with errors, refused for want of the confirmation, and without consent', async ({ page, seedUser }) => {
    const staff = await seedUser()
    await signIn(page, staff.username, staff.password)
    await expect(h1(page, 'Oversikt')).toBeVisible()
    await page.goto('/telefonsamtaler/ny')
    await expect(h1(page, NEW)).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Lagre samtalen', exact: true }).click()
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Skjemaet har feil' }) })
    await expect(summary).toBeFocused()
    await expect(summary.getByRole('link', { name: `${CONFIRM}: ${REFUSAL}`, exact: true })).toBeVisible()
    await expectNoAxeViolations(page)

    // From the summary to the box by keyboard, and ticked with Space.
    await summary.getByRole('link', { name: `${CONFIRM}: ${REFUSAL}`, exact: true }).focus()
    await page.keyboard.press('Enter')
    const confirm = page.getByRole('checkbox', { name: CONFIRM, exact: true })
    await expect(confirm).toBeFocused()
    await expect(confirm).toHaveAttribute('aria-invalid', 'true')
    await page.keyboard.press('Space')
    await expect(confirm).toBeChecked()

    await answer(page, CONSENT, 'Nei')
    await expect(question(page, 'Kjønn')).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test('the conversation page and its delete dialog; deleted after confirmation', async ({ page, seedUser, server }) => {
    const credentials = await seedUser()
    const staff = await apiSignIn(server.baseURL, credentials)
    const created = await staff.post('/api/phone-sessions', {
      consent_to_statistics: true,
      offer: 'women',
      session_date: todayIso,
      qualifies_as_one_to_one: true,
      first_session_in_year: 'yes',
      channel: 'video',
      sex: 'male',
    })
    expect(created.status()).toBe(201)
    const session = (await created.json()) as Session
    await staff.request.dispose()

    await signIn(page, credentials.username, credentials.password)
    await expect(h1(page, 'Oversikt')).toBeVisible()
    await page.goto(`/telefonsamtaler/${session.id}`)
    await expect(h1(page, `Enesamtale ${today}`)).toBeVisible()
    await expectNoAxeViolations(page)

    const remove = page.getByRole('button', { name: 'Slett samtale', exact: true })
    await remove.click()
    const dialog = page.getByRole('dialog', { name: `Slette samtalen ${today}?` })
    await expect(dialog).toBeVisible()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(remove).toBeFocused()
    expect((await page.request.get(`/api/phone-sessions/${session.id}`)).status()).toBe(200)

    await remove.click()
    await dialog.getByRole('button', { name: 'Ja, slett samtalen', exact: true }).click()
    await expect(h1(page, LIST)).toBeVisible()
    await expect(status(page, 'Samtalen er slettet.')).toBeVisible()
    expect((await page.request.get(`/api/phone-sessions/${session.id}`)).status()).toBe(404)
  })
})
