import type { Locator, Page } from '@playwright/test'
import { expect, signIn, test } from '../fixtures'
import { answer, CONSENT, h1, question, status, textbox, todayIso, year } from '../record-pages'

/**
 * Issue 16's budget for a day visit, counted as a worker spends it: every click, every key that
 * is not a typed digit, and choosing in a list as two (open it, pick). Starting on the list of
 * day visits, a typical visit with consent (consent, offer, date, case code, sex, age, three
 * kinds of violence, contact route, two kinds of help) takes at most 20; a visit without consent
 * at most 4. The date is today's, as the form starts; the digits of the age are free.
 */
class Interactions {
  count = 0
  constructor(private readonly page: Page) {}

  async click(target: Locator) {
    this.count += 1
    await target.click()
  }
  async choose(name: string, option: string) {
    this.count += 1
    await answer(this.page, name, option)
  }
  async tick(group: string, option: string) {
    this.count += 1
    await this.page.getByRole('group', { name: group, exact: true }).getByRole('checkbox', { name: option, exact: true }).check()
  }
  async select(name: string, option: string) {
    this.count += 2
    await this.page.getByRole('combobox', { name, exact: true }).selectOption({ label: option })
  }
  /** A click into the field, then the digits. */
  async typeDigits(name: string, digits: string) {
    this.count += 1
    await textbox(this.page, name).click()
    await this.page.keyboard.type(digits)
  }
}

/** The count starts on the list of day visits (at 390 px the menu is a step of its own). */
async function fromTheList(page: Page) {
  await page.goto('/dagbesok')
  await expect(h1(page, 'Dagbesøk')).toBeVisible()
  return new Interactions(page)
}

async function savedVisit(page: Page, code: string) {
  const res = await page.request.get(`/api/day-visits?year=${year}&case_code=${code}`)
  const { records } = (await res.json()) as { records: { id: string }[] }
  expect(records).toHaveLength(1)
  return ((await (await page.request.get(`/api/day-visits/${records[0]!.id}`)).json()) as { values: Record<string, unknown> }).values
}

for (const width of [1280, 390] as const) {
  test.describe(`the interaction budget at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } })

    test('a typical day visit with consent takes at most 20 clicks and keys', async ({ page, seedUser }) => {
      const staff = await seedUser()
      await signIn(page, staff.username, staff.password)
      const act = await fromTheList(page)
      await act.click(page.getByRole('link', { name: 'Registrer dagbesøk', exact: true }))
      await expect(h1(page, 'Registrer dagbesøk')).toBeVisible()
      await act.choose(CONSENT, 'Ja')
      await act.choose('Tilbud', 'Krisesentertilbudet for kvinner')
      await expect(textbox(page, 'Dato for besøket')).toHaveValue(todayIso.split('-').reverse().join('.'))
      await act.click(page.getByRole('button', { name: 'Lag nytt saksnummer', exact: true }))
      const code = textbox(page, 'Saksnummer (valgfritt)')
      await expect(code).toHaveValue(/^[0-9A-Z]{7}$/)
      const caseCode = await code.inputValue()
      await act.choose('Kjønn', 'Kvinne')
      await act.typeDigits('Alder ved besøket', '34')
      for (const kind of ['Psykisk vold', 'Fysisk vold', 'Trusler']) await act.tick('Årsak til henvendelsen', kind)
      await act.select('Kontakt med krisesenteret via eller etter anbefaling fra', 'Politiet')
      for (const help of ['Enesamtale', 'Hjelp til å ta kontakt med andre tjenester']) await act.tick('Bistand ved besøket', help)
      await act.click(page.getByRole('button', { name: 'Lagre besøket', exact: true }))
      await expect(status(page, 'Besøket er lagret.')).toBeVisible()

      expect(await savedVisit(page, caseCode)).toMatchObject({
        consent_to_statistics: true,
        offer: 'women',
        visit_date: todayIso,
        sex: 'female',
        age: 34,
        violence_types: ['psychological', 'physical', 'threats'],
        contact_route: 'police',
        assistance: ['individual_conversation', 'help_contacting_services'],
      })
      expect(act.count).toBeLessThanOrEqual(20)
    })

    test('a day visit without consent takes at most 4', async ({ page, seedUser }) => {
      const staff = await seedUser()
      await signIn(page, staff.username, staff.password)
      const act = await fromTheList(page)
      await act.click(page.getByRole('link', { name: 'Registrer dagbesøk', exact: true }))
      await act.choose(CONSENT, 'Nei')
      await act.choose('Tilbud', 'Krisesentertilbudet for menn')
      await expect(question(page, 'Kjønn')).toHaveCount(0)
      await act.click(page.getByRole('button', { name: 'Lagre besøket', exact: true }))
      await expect(status(page, 'Besøket er lagret.')).toBeVisible()
      expect(act.count).toBeLessThanOrEqual(4)
    })
  })
}
