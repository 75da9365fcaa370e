import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { alignBrowserClock } from '@/testing/align-browser-clock'
import { allowForLongForms, answer, checkboxGroup, checkedOptions, fastUser, fill, queryQuestion, queryTextField, question, textField, tick } from '@/testing/record-form-queries'
import { renderApp } from '@/testing/render-app'
import { createTestServer } from '@/testing/test-server'

// The renderer through the day-visit form: the first form built on it, with every field kind.
async function openNewVisit() {
  alignBrowserClock()
  allowForLongForms()
  const server = await createTestServer()
  await server.signIn(await server.seedUser('vakt1', 'staff'))
  renderApp(server, '/dagbesok/ny')
  expect(await screen.findByRole('heading', { level: 1, name: 'Registrer dagbesøk' })).toBeInTheDocument()
  return { user: fastUser() }
}

const CHILDREN = 'Har brukeren barn under 18 år i husholdningen?'
const BROUGHT = 'Hadde brukeren med seg barn under 18 år til krisesenteret?'
const COUNT = 'Antall barn brukeren hadde med seg'

describe('the record form renderer', () => {
  it('renders sections as fieldsets, asks consent first and starts at today', async () => {
    await openNewVisit()
    const sections = screen.getAllByRole('group').filter((g) => g.tagName === 'FIELDSET' && g.classList.contains('record-section'))
    expect(sections.map((s) => s.querySelector('legend')?.textContent)).toEqual([
      'Registrering',
      'Om brukeren',
      'Barn',
      'Kontakt med krisesenteret',
      'Vold og voldsutøver',
      'Bistand og andre instanser',
    ])
    const firstControl = within(sections[0]!).getAllByRole('radio')[0]
    expect(firstControl).toHaveAccessibleName('Ja')
    expect(question('Samtykker brukeren til at det registreres anonymisert statistisk informasjon?')).toContainElement(firstControl ?? null)
    expect(within(question('Samtykker brukeren til at det registreres anonymisert statistisk informasjon?')).queryByRole('radio', { name: 'Vet ikke' })).toBeNull()
    expect(textField('Dato for besøket')).toHaveValue('02.03.2026')
    expect(textField('Dato for besøket')).toHaveAccessibleDescription('dd.mm.åååå')
    expect(within(question('Er dette brukerens første dagsbesøk i år?')).getByRole('radio', { name: 'Vet ikke' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Sivilstand' })).toBeInTheDocument()
  })

  it('shows follow-up questions only when they apply, and clears them when hidden', async () => {
    const { user } = await openNewVisit()
    expect(queryQuestion(BROUGHT)).toBeNull()

    await answer(user, CHILDREN, 'Ja')
    await answer(user, BROUGHT, 'Ja')
    await user.type(textField(COUNT), '2')
    expect(textField(COUNT)).toHaveValue('2')

    await answer(user, CHILDREN, 'Nei')
    expect(queryQuestion(BROUGHT)).toBeNull()
    expect(queryTextField(COUNT)).toBeNull()

    // Shown again, the follow-ups start empty: nothing stale is kept or sent.
    await answer(user, CHILDREN, 'Ja')
    expect(checkedOptions(question(BROUGHT))).toEqual([])
    expect(queryTextField(COUNT)).toBeNull()

    // With a case code too the question stays: Ly suggests its answer, staff may change it (decision 0037).
    expect(question('Er dette brukerens første dagsbesøk i år?')).toBeInTheDocument()
    await user.type(textField('Saksnummer (valgfritt)'), 'ABCD123')
    expect(question('Er dette brukerens første dagsbesøk i år?')).toBeInTheDocument()
  })

  it('lets an exclusive option clear the others, and asks for "annet" text with a count', async () => {
    const { user } = await openNewVisit()
    const group = 'Fysisk eller psykisk funksjonsnedsettelse'
    await tick(user, group, 'Nedsatt synsevne', 'Annen funksjonsnedsettelse')
    expect(textField('Annen funksjonsnedsettelse, spesifiser')).toHaveAccessibleDescription('0 av 200 tegn')

    await tick(user, group, 'Ingen funksjonsnedsettelse')
    expect(checkedOptions(checkboxGroup(group))).toEqual(['Ingen funksjonsnedsettelse'])
    expect(queryTextField('Annen funksjonsnedsettelse, spesifiser')).toBeNull()
  })

  it('screens free text as it is typed: identifiers are errors, names only a warning', async () => {
    const { user } = await openNewVisit()
    await tick(user, 'Årsak til henvendelsen', 'Annet')
    const text = textField('Annen årsak, spesifiser')

    await user.type(text, 'ring 412 34 567')
    expect(text).toHaveAttribute('aria-invalid', 'true')
    expect(text).toHaveAccessibleDescription(/15 av 200 tegn.*telefonnummer/)

    await fill(user, 'Annen årsak, spesifiser', 'kom med Kari fra skolen')
    expect(text).not.toHaveAttribute('aria-invalid')
    expect(text).toHaveAccessibleDescription(/kan inneholde et navn/)
  })

  it('reads Norwegian dates and numbers, and explains what it cannot read', async () => {
    const { user } = await openNewVisit()
    await fill(user, 'Dato for besøket', '2.3.2026')
    await user.tab()
    expect(textField('Dato for besøket')).toHaveValue('02.03.2026')

    await answer(user, 'Samtykker brukeren til at det registreres anonymisert statistisk informasjon?', 'Ja')
    await fill(user, 'Dato for besøket', '31.02.2026')
    await fill(user, 'Alder ved besøket', '34,5')
    await user.click(screen.getByRole('button', { name: 'Lagre besøket' }))

    const summary = await screen.findByRole('alert', { name: 'Skjemaet har feil' })
    expect(summary).toHaveFocus()
    expect(
      within(summary)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Tilbud: Må besvares.', 'Dato for besøket: Må være en gyldig dato.', 'Alder ved besøket: Må være et helt tall.'])
    expect(textField('Alder ved besøket')).toHaveAccessibleDescription('år Må være et helt tall.')
    expect(question('Tilbud')).toHaveAttribute('aria-invalid', 'true')
    expect(question('Tilbud')).toHaveAccessibleDescription('Må besvares.')

    await user.click(within(summary).getByRole('link', { name: 'Tilbud: Må besvares.' }))
    expect(within(question('Tilbud')).getAllByRole('radio')[0]).toHaveFocus()
    await user.click(within(summary).getByRole('link', { name: 'Dato for besøket: Må være en gyldig dato.' }))
    expect(textField('Dato for besøket')).toHaveFocus()
  })
})
