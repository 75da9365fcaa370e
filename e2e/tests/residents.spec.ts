import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, signIn, test } from '../fixtures'

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true })
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmeny' })
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text })
const adultPart = (page: Page) => page.getByRole('region', { name: 'Den voksne', exact: true })
const childPart = (page: Page, n: number) => page.getByRole('region', { name: `Barn ${n}`, exact: true })
const radio = (scope: Page | Locator, question: string, option: string) =>
  scope.getByRole('radiogroup', { name: question, exact: true }).getByRole('radio', { name: option, exact: true })
const textbox = (scope: Page | Locator, name: string) => scope.getByRole('textbox', { name, exact: true })

const ADULT_CONSENT = 'Samtykker brukeren til at det registreres anonymisert statistisk informasjon?'
const CHILD_CONSENT = 'Samtykke til anonymisert statistikk (følger den voksnes svar)'
const WOMEN = 'Krisesentertilbudet for kvinner'
const BARE_KEYS = ['consent_to_statistics', 'offer', 'stay_start_date', 'stay_end_date', 'case_code']

// Dates are Europe/Oslo calendar dates; stays lie in the past so their check-outs are allowed.
const todayIso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date())
const DAY = 86_400_000
const daysAgo = (n: number) => new Date(Date.parse(`${todayIso}T00:00:00Z`) - n * DAY).toISOString().slice(0, 10)
const nb = (iso: string) => iso.split('-').reverse().join('.')
/** Decision 4: bodøgn = check-out date − check-in date, on calendar dates. */
const nightsBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY)

type Stay = { id: string; values: Record<string, unknown>; derived: { nights: number; status: string } }

async function openCheckIn(page: Page) {
  await mainMenu(page).getByRole('link', { name: 'Nå på senteret', exact: true }).click()
  await expect(h1(page, 'Nå på senteret')).toBeVisible()
  await page.getByRole('link', { name: 'Registrer innflytting', exact: true }).click()
  await expect(h1(page, 'Registrer innflytting')).toBeVisible()
}

/** "Lag nytt saksnummer" in one part of the page: the journeys share a centre, so codes find their own stays. */
async function newCaseCode(scope: Locator): Promise<string> {
  await scope.getByRole('button', { name: 'Lag nytt saksnummer', exact: true }).click()
  const field = textbox(scope, 'Saksnummer (valgfritt)')
  await expect(field).toHaveValue(/^[0-9A-Z]{7}$/)
  return field.inputValue()
}

async function setDate(field: Locator, iso: string) {
  await field.fill(nb(iso))
}

async function stayByCode(page: Page, form: 'adult-stays' | 'child-stays', code: string, year: string): Promise<Stay> {
  const list = await page.request.get(`/api/${form}?year=${year}&case_code=${code}`)
  expect(list.status()).toBe(200)
  const [row] = ((await list.json()) as { records: Stay[] }).records
  const res = await page.request.get(`/api/${form}/${row?.id}`)
  expect(res.status()).toBe(200)
  return (await res.json()) as Stay
}

const answersBeyondTheBareEvent = (stay: Stay) =>
  Object.entries(stay.values).filter(([key, value]) => !BARE_KEYS.includes(key) && value !== null && !(Array.isArray(value) && value.length === 0))

/** The check-out step, from the board's "Flytt ut" of the row with `code`. */
async function checkOutFromBoard(page: Page, code: string, endIso: string, answer: () => Promise<void>) {
  await mainMenu(page).getByRole('link', { name: 'Nå på senteret', exact: true }).click()
  await page.getByRole('link', { name: `Flytt ut (saksnummer ${code})`, exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Utflytting', exact: true })).toBeVisible()
  await expect(textbox(page, 'Utflyttingsdato')).toHaveValue(nb(todayIso))
  await setDate(textbox(page, 'Utflyttingsdato'), endIso)
  await answer()
  await page.getByRole('button', { name: 'Flytt ut', exact: true }).click()
  await expect(h1(page, 'Nå på senteret')).toBeVisible()
}

async function answerChildCheckOut(page: Page) {
  await page
    .getByRole('group', { name: 'Hvilken bistand har barnet fått fra krisesentertilbudet under oppholdet?' })
    .getByRole('checkbox', { name: 'Primærkontakt', exact: true })
    .check()
  await page.getByRole('combobox', { name: 'Hvor drar barnet etter oppholdet i krisesentertilbudet?' }).selectOption({ label: 'Vet ikke' })
}

test('an adult with two children: checked in, one child out early, the adult and the other child later; nights match the dates', async ({ page, seedUser }) => {
  // The whole journey in one test (three people, four forms, six axe runs over long forms).
  test.slow()
  const staff = await seedUser()
  await signIn(page, staff.username, staff.password)
  await expect(h1(page, 'Oversikt')).toBeVisible()
  await openCheckIn(page)
  await expectNoAxeViolations(page)

  const start = daysAgo(20)
  const secondStart = daysAgo(18)
  const earlyEnd = daysAgo(15)
  const end = daysAgo(5)
  const year = start.slice(0, 4)

  // The adult's check-in, then a sub-form per child; errors first, to check them with axe.
  await page.getByRole('button', { name: 'Legg til barn', exact: true }).click()
  await expect(page.getByRole('heading', { level: 3, name: 'Barn 1', exact: true })).toBeFocused()
  await page.getByRole('button', { name: 'Legg til barn', exact: true }).click()
  await page.getByRole('button', { name: 'Registrer innflytting', exact: true }).click()
  await expect(page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Skjemaet har feil' }) })).toBeFocused()
  await expectNoAxeViolations(page)

  const adult = adultPart(page)
  await radio(adult, ADULT_CONSENT, 'Ja').check()
  await radio(adult, 'Tilbud', WOMEN).check()
  await setDate(textbox(adult, 'Innflyttingsdato'), start)
  const adultCode = await newCaseCode(adult)
  await radio(adult, 'Kjønn', 'Kvinne').check()
  await textbox(adult, 'Alder ved innflytting').fill('34')
  await adult.getByRole('group', { name: 'Årsak til oppholdet' }).getByRole('checkbox', { name: 'Psykisk vold', exact: true }).check()

  const codes: string[] = []
  for (const [n, date, age] of [
    [1, start, '7'],
    [2, secondStart, '3'],
  ] as const) {
    const child = childPart(page, n)
    await expect(radio(child, CHILD_CONSENT, 'Ja')).toBeChecked()
    await expect(radio(child, 'Tilbud', WOMEN)).toBeDisabled()
    await setDate(textbox(child, 'Innflyttingsdato'), date)
    codes.push(await newCaseCode(child))
    await radio(child, 'Kjønn', n === 1 ? 'Jente' : 'Gutt').check()
    await textbox(child, 'Barnets alder ved innflytting').fill(age)
  }
  const [firstCode, secondCode] = codes as [string, string]
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Registrer innflytting', exact: true }).click()
  await expect(h1(page, `Opphold ${nb(start)}`)).toBeVisible()
  await expect(status(page, 'Innflyttingen er registrert med 2 barn.')).toBeVisible()

  // The board: nights so far are today − check-in.
  await mainMenu(page).getByRole('link', { name: 'Nå på senteret', exact: true }).click()
  await expect(h1(page, 'Nå på senteret')).toBeVisible()
  // The adult with the two children beneath, each told apart by what the answers say.
  const household = page.getByRole('article', { name: `Saksnummer ${adultCode}`, exact: true })
  const child = (code: string) => household.getByRole('listitem').filter({ hasText: `saksnummer ${code}` })
  await expect(household.getByText(`Kvinne, 34 år · innflyttet ${nb(start)} · ${nightsBetween(start, todayIso)} bodøgn hittil · 2 barn`, { exact: true })).toBeVisible()
  await expect(child(firstCode).getByText(`Jente, 7 år · innflyttet ${nb(start)} · ${nightsBetween(start, todayIso)} bodøgn hittil`, { exact: true })).toBeVisible()
  await expect(child(secondCode).getByText(`Gutt, 3 år · innflyttet ${nb(secondStart)} · ${nightsBetween(secondStart, todayIso)} bodøgn hittil`, { exact: true })).toBeVisible()
  await expect(child(firstCode).getByText(`Barn 1 · saksnummer ${firstCode}`, { exact: true })).toBeVisible()
  await expectNoAxeViolations(page)

  // One child leaves early. "Flytt ut" first without the answers: they are asked for.
  await page.getByRole('link', { name: `Flytt ut (saksnummer ${firstCode})`, exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Utflytting', exact: true })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Mangler' }).getByRole('listitem')).toHaveText([
    'Hvilken bistand har barnet fått fra krisesentertilbudet under oppholdet?',
    'Hvor drar barnet etter oppholdet i krisesentertilbudet?',
  ])
  await page.getByRole('button', { name: 'Flytt ut', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Skjemaet har feil' })).toBeVisible()
  await expectNoAxeViolations(page)
  await checkOutFromBoard(page, firstCode, earlyEnd, () => answerChildCheckOut(page))
  await expect(status(page, `Barnet (saksnummer ${firstCode}) er flyttet ut ${nb(earlyEnd)} etter ${nightsBetween(start, earlyEnd)} bodøgn.`)).toBeVisible()
  await expect(child(firstCode)).toHaveCount(0)
  await expect(household.getByText(/ · 1 barn$/)).toBeVisible()

  // Later the other child, then the adult.
  await checkOutFromBoard(page, secondCode, end, () => answerChildCheckOut(page))
  await checkOutFromBoard(page, adultCode, end, async () => {
    await expect(page.getByText(/bor fortsatt på senteret/)).toHaveCount(0)
    await page.getByRole('group', { name: 'Bistand gitt under oppholdet' }).getByRole('checkbox', { name: 'Inntakssamtale', exact: true }).check()
    await radio(page, 'Anmelde forholdet', 'Anmeldt selv').check()
    await page.getByRole('combobox', { name: 'Hvor drar beboeren etter oppholdet ved krisesentertilbudet?' }).selectOption({ label: 'Vet ikke' })
  })
  await expect(status(page, `Den voksne (saksnummer ${adultCode}) er flyttet ut ${nb(end)} etter ${nightsBetween(start, end)} bodøgn.`)).toBeVisible()
  await expect(household).toHaveCount(0)

  // The list of the year: the stay, closed, with its nights and its two children.
  await mainMenu(page).getByRole('link', { name: 'Opphold', exact: true }).click()
  await expect(h1(page, 'Opphold')).toBeVisible()
  await page.getByRole('combobox', { name: 'År' }).selectOption(year)
  await textbox(page, 'Saksnummer').fill(adultCode)
  await textbox(page, 'Saksnummer').press('Enter')
  const list = page.getByRole('table', { name: `Opphold ${year}, saksnummer ${adultCode} (1 opphold)`, exact: true })
  await expect(list.getByRole('row').nth(1).getByRole('cell')).toHaveText([nb(end), String(nightsBetween(start, end)), 'Avsluttet', 'Ja', adultCode, '2', 'Kvinne', '34'])
  await expectNoAxeViolations(page)

  await list.getByRole('link', { name: `Åpne opphold ${nb(start)}`, exact: true }).click()
  await expect(h1(page, `Opphold ${nb(start)}`)).toBeVisible()
  const kids = page.getByRole('table', { name: 'Barn i oppholdet (2)' })
  await expect(kids.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    firstCode,
    nb(start),
    nb(earlyEnd),
    String(nightsBetween(start, earlyEnd)),
    'Jente',
    '7',
    'Ingenting',
    /^Åpne/,
  ])
  await expect(kids.getByRole('row').nth(2).getByRole('cell')).toHaveText([
    secondCode,
    nb(secondStart),
    nb(end),
    String(nightsBetween(secondStart, end)),
    'Gutt',
    '3',
    'Ingenting',
    /^Åpne/,
  ])
  await expectNoAxeViolations(page)

  expect((await stayByCode(page, 'adult-stays', adultCode, year)).derived).toMatchObject({ nights: nightsBetween(start, end), status: 'complete' })
})

test('a stay without consent keeps only its dates, for the adult and the child', async ({ page, seedUser }) => {
  const staff = await seedUser()
  await signIn(page, staff.username, staff.password)
  await expect(h1(page, 'Oversikt')).toBeVisible()
  await openCheckIn(page)
  const start = daysAgo(3)
  const end = daysAgo(1)

  const adult = adultPart(page)
  await radio(adult, ADULT_CONSENT, 'Ja').check()
  await radio(adult, 'Kjønn', 'Kvinne').check()
  await radio(adult, ADULT_CONSENT, 'Nei').check()
  await expect(adult.getByRole('radiogroup', { name: 'Kjønn', exact: true })).toHaveCount(0)
  await radio(adult, 'Tilbud', WOMEN).check()
  await setDate(textbox(adult, 'Innflyttingsdato'), start)
  const adultCode = await newCaseCode(adult)
  await page.getByRole('button', { name: 'Legg til barn', exact: true }).click()
  const child = childPart(page, 1)
  await expect(radio(child, CHILD_CONSENT, 'Nei')).toBeChecked()
  await expect(child.getByRole('radiogroup', { name: 'Kjønn', exact: true })).toHaveCount(0)
  await expect(textbox(child, 'Barnets alder ved innflytting')).toHaveCount(0)
  const childCode = await newCaseCode(child)
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Registrer innflytting', exact: true }).click()
  await expect(h1(page, `Opphold ${nb(start)}`)).toBeVisible()

  // Nothing is missing from a bare event, and check-out asks only the date.
  await mainMenu(page).getByRole('link', { name: 'Nå på senteret', exact: true }).click()
  // The adult and the child beneath: each a bare event, with nothing to miss.
  await expect(page.getByRole('article', { name: `Saksnummer ${adultCode}`, exact: true }).getByText('Uten samtykke: bare datoene registreres.', { exact: true })).toHaveCount(2)
  await checkOutFromBoard(page, childCode, end, async () => {
    await expect(page.getByRole('group', { name: 'Hvilken bistand har barnet fått fra krisesentertilbudet under oppholdet?' })).toHaveCount(0)
  })
  await checkOutFromBoard(page, adultCode, end, async () => {})
  await expect(status(page, `Den voksne (saksnummer ${adultCode}) er flyttet ut ${nb(end)} etter ${nightsBetween(start, end)} bodøgn.`)).toBeVisible()

  const year = start.slice(0, 4)
  for (const [form, code] of [
    ['adult-stays', adultCode],
    ['child-stays', childCode],
  ] as const) {
    const stay = await stayByCode(page, form, code, year)
    expect(stay.values).toMatchObject({ consent_to_statistics: false, offer: 'women', stay_end_date: end, case_code: code })
    expect(answersBeyondTheBareEvent(stay)).toEqual([])
  }
})
