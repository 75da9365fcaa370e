import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { readJson } from '@/lib/api-error'
import { part, staySession } from '../testing/stay-session'

const ADULT_CONSENT = 'Samtykker brukeren til at det registreres anonymisert statistisk informasjon?'
const CHILD_CONSENT = 'Samtykke til anonymisert statistikk (følger den voksnes svar)'
const WOMEN = 'Krisesentertilbudet for kvinner'

const adultPart = () => part(screen.getByRole('region', { name: 'Den voksne' }))
const childPart = (n: number) => part(screen.getByRole('region', { name: `Barn ${n}` }))

async function openCheckIn() {
  const session = await staySession()
  const { user } = session.open('/opphold/ny')
  expect(await screen.findByRole('heading', { level: 1, name: 'Registrer innflytting' })).toBeInTheDocument()
  return { ...session, user }
}

// The adult's form and the children's on one page: jsdom renders a few thousand elements per
// step, which on a loaded machine takes longer than the project's 20 s.
describe('check-in: an adult and the children who come along', { timeout: 60_000 }, () => {
  it('registers the adult with a child; the child takes over consent and offer', async () => {
    const { api, user } = await openCheckIn()
    const adult = adultPart()
    await user.click(adult.radio(ADULT_CONSENT, 'Ja'))
    await user.click(adult.radio('Tilbud', WOMEN))
    expect(adult.textField('Innflyttingsdato')).toHaveValue('02.03.2026')
    await user.clear(adult.textField('Innflyttingsdato'))
    await user.type(adult.textField('Innflyttingsdato'), '01.02.2026')
    await user.click(adult.radio('Kjønn', 'Kvinne'))
    await user.type(adult.textField('Alder ved innflytting'), '34')

    await user.click(screen.getByRole('button', { name: 'Legg til barn' }))
    expect(screen.getByRole('heading', { level: 3, name: 'Barn 1' })).toHaveFocus()
    const child = childPart(1)
    // Inherited, not editable: the adult's answers, shown as such.
    expect(child.radio(CHILD_CONSENT, 'Ja')).toBeChecked()
    expect(child.radio(CHILD_CONSENT, 'Ja')).toBeDisabled()
    expect(child.radio('Tilbud', WOMEN)).toBeChecked()
    expect(child.radio('Tilbud', WOMEN)).toBeDisabled()
    expect(child.textField('Innflyttingsdato')).toHaveValue('01.02.2026')
    await user.click(child.radio('Kjønn', 'Jente'))
    await user.type(child.textField('Barnets alder ved innflytting'), '7')

    await user.click(screen.getByRole('button', { name: 'Registrer innflytting' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Opphold 01.02.2026' })).toBeInTheDocument()
    expect(await screen.findByText('Innflyttingen er registrert med 1 barn.')).toBeInTheDocument()
    const table = await screen.findByRole('table', { name: 'Barn i oppholdet (1)' })
    // 01.02 to 02.03.2026: 29 nights so far, as the BFF counts them.
    const [, started, , nights] = within(table)
      .getAllByRole('cell')
      .map((c) => c.textContent)
    expect([started, nights]).toEqual(['01.02.2026', '29'])

    const { records } = await readJson(await api.client['adult-stays'].$get({ query: { year: '2026' } }))
    const children = await readJson(await api.client['adult-stays'][':id'].children.$get({ param: { id: records[0]!.id } }))
    expect(children.records[0]?.values).toMatchObject({ consent_to_statistics: true, offer: 'women', sex: 'girl', age: 7, stay_start_date: '2026-02-01' })
  })

  it('with the adult\'s "Nei" the children are bare events too: only their dates remain on screen', async () => {
    const { api, user } = await openCheckIn()
    const adult = adultPart()
    await user.click(adult.radio(ADULT_CONSENT, 'Nei'))
    await user.click(adult.radio('Tilbud', WOMEN))
    expect(adult.has('Kjønn')).toBe(false)
    expect(adult.has('Alder ved innflytting')).toBe(false)

    await user.click(screen.getByRole('button', { name: 'Legg til barn' }))
    const child = childPart(1)
    expect(child.radio(CHILD_CONSENT, 'Nei')).toBeChecked()
    expect(child.has('Kjønn')).toBe(false)
    expect(child.has('Barnets alder ved innflytting')).toBe(false)
    // Dates stay open: a bare event keeps them.
    expect(child.textField('Innflyttingsdato')).toBeEnabled()

    // Changing the adult's answer reaches the child's form at once.
    await user.click(adult.radio(ADULT_CONSENT, 'Ja'))
    expect(child.radio(CHILD_CONSENT, 'Ja')).toBeChecked()
    expect(child.radio('Kjønn', 'Jente')).toBeEnabled()
    await user.click(adult.radio(ADULT_CONSENT, 'Nei'))

    await user.click(screen.getByRole('button', { name: 'Registrer innflytting' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Opphold 02.03.2026' })).toBeInTheDocument()
    const { records } = await readJson(await api.client['adult-stays'].$get({ query: { year: '2026' } }))
    const { records: kids } = await readJson(await api.client['adult-stays'][':id'].children.$get({ param: { id: records[0]!.id } }))
    expect(kids.map((k) => k.values)).toEqual([expect.objectContaining({ consent_to_statistics: false, offer: 'women', stay_start_date: '2026-03-02', sex: null, age: null })])
  })

  it('keeps the adult when a child is refused, shows the errors on that child, and saves it later', async () => {
    const { user } = await openCheckIn()
    const adult = adultPart()
    await user.click(adult.radio(ADULT_CONSENT, 'Ja'))
    await user.click(adult.radio('Tilbud', WOMEN))
    await user.click(screen.getByRole('button', { name: 'Legg til barn' }))
    await user.click(screen.getByRole('button', { name: 'Legg til barn' }))
    // A code Ly has never handed out, with a wrong check character: only the server knows.
    await user.type(childPart(2).textField('Saksnummer (valgfritt)'), 'ZZZZZZ1')

    await user.click(screen.getByRole('button', { name: 'Registrer innflytting' }))
    const outcome = await screen.findByText(/^Oppholdet er lagret \(innflyttet 02\.03\.2026\), og 1 av 2 barn er lagret\. Ikke lagret: barn 2\./)
    expect(outcome.closest('[role="alert"]')).not.toBeNull()
    expect(screen.getByText('Den voksnes opphold er lagret.', { exact: false })).toBeInTheDocument()
    expect(screen.getByText('Barn 1 er lagret (innflyttet 02.03.2026).')).toBeInTheDocument()
    const summary = screen.getByRole('alert', { name: 'Skjemaet for barn 2 har feil' })
    expect(summary).toHaveFocus()
    expect(childPart(2).textField('Saksnummer (valgfritt)')).toHaveAccessibleDescription(expect.stringContaining('kontrolltegnet stemmer ikke'))

    await user.clear(childPart(2).textField('Saksnummer (valgfritt)'))
    await user.click(screen.getByRole('button', { name: 'Lagre barna som mangler' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Opphold 02.03.2026' })).toBeInTheDocument()
    expect(await screen.findByRole('table', { name: 'Barn i oppholdet (2)' })).toBeInTheDocument()
  })
})
