import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { readJson } from '@/lib/api-error'
import { adultCheckOut, adultStayInput, childStayInput, staySession } from '../testing/stay-session'

const missingItems = () =>
  within(screen.getByRole('region', { name: 'Mangler' }))
    .queryAllByRole('listitem')
    .map((li) => li.textContent)

// The adult's whole form (check-in and check-out) is long; jsdom is slow with it on a loaded machine.
describe("an adult's stay page", { timeout: 60_000 }, () => {
  it('shows the nights and what is missing; "Lagre" asks for it once the stay has ended, "Lagre som ufullstendig" saves without', async () => {
    const { seedAdult, open, api } = await staySession()
    const stay = await seedAdult(adultStayInput({ age: null }))
    const { user } = open(`/opphold/${stay.id}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Opphold 01.02.2026' })).toBeInTheDocument()
    expect(screen.getByText('Bodøgn hittil').nextElementSibling).toHaveTextContent('29')
    expect(missingItems()).toEqual(['Alder ved innflytting'])

    // With an end date the check-out questions count as missing too.
    await user.type(screen.getByRole('textbox', { name: 'Utflyttingsdato' }), '20.02.2026')
    expect(missingItems()).toEqual(['Alder ved innflytting', 'Bistand gitt under oppholdet', 'Anmelde forholdet', 'Hvor drar beboeren etter oppholdet ved krisesentertilbudet?'])
    await user.click(screen.getByRole('button', { name: 'Lagre' }))
    const summary = await screen.findByRole('alert', { name: 'Skjemaet har feil' })
    expect(within(summary).getAllByRole('link')).toHaveLength(4)
    expect(screen.getByRole('textbox', { name: 'Alder ved innflytting' })).toHaveAttribute('aria-invalid', 'true')

    await user.click(screen.getByRole('button', { name: 'Lagre som ufullstendig' }))
    expect(await screen.findByText(/^Endringene er lagret som ufullstendige\. Mangler fortsatt: Alder ved innflytting, Bistand/)).toBeInTheDocument()
    const saved = await readJson(await api.client['adult-stays'][':id'].$get({ param: { id: stay.id } }))
    expect(saved.values.stay_end_date).toBe('2026-02-20')
    expect(saved.derived).toMatchObject({ nights: 19, status: 'incomplete' })
  })

  it('shows a conflict instead of overwriting a change someone else made meanwhile', async () => {
    const { seedAdult, open, api } = await staySession()
    const stay = await seedAdult(adultStayInput())
    const { user } = open(`/opphold/${stay.id}`)
    const age = await screen.findByRole('textbox', { name: 'Alder ved innflytting' })
    await readJson(await api.client['adult-stays'][':id'].$put({ param: { id: stay.id }, json: { version: 1, values: adultStayInput({ age: 40 }) } }))

    await user.clear(age)
    await user.type(age, '35')
    await user.click(screen.getByRole('button', { name: 'Lagre' }))
    expect(await screen.findByText(/endret av noen andre/)).toBeInTheDocument()
    const reload = screen.getByRole('button', { name: 'Last inn på nytt' })
    expect(reload).toHaveFocus()
    const stored = await readJson(await api.client['adult-stays'][':id'].$get({ param: { id: stay.id } }))
    expect(stored.values.age).toBe(40)

    await user.click(reload)
    expect(await screen.findByText('Lastet inn på nytt med de siste endringene.')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Alder ved innflytting' })).toHaveValue('40')
  })

  it("withdraws consent for the adult and the children's answers, after saying so", async () => {
    const { seedAdult, seedChild, open, api } = await staySession()
    const stay = await seedAdult(adultStayInput())
    const child = await seedChild(stay.id, childStayInput())
    const { user } = open(`/opphold/${stay.id}`)
    expect(await screen.findByRole('table', { name: 'Barn i oppholdet (1)' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Trekk tilbake samtykke' }))
    const dialog = screen.getByRole('dialog', { name: 'Trekke tilbake samtykket?' })
    expect(dialog).toHaveTextContent('Samtykket gjelder også barna: svarene i barnets skjema slettes også.')
    await user.click(within(dialog).getByRole('button', { name: 'Ja, trekk tilbake samtykket' }))
    expect(await screen.findByText(/^Samtykket er trukket tilbake\. Svarene er slettet for den voksne og for barna/)).toBeInTheDocument()
    const kid = await readJson(await api.client['child-stays'][':id'].$get({ param: { id: child.id } }))
    expect(kid.values).toMatchObject({ consent_to_statistics: false, sex: null, age: null, stay_start_date: '2026-02-01' })
  })

  it('deletes the stay and its children after a confirmation that names them', async () => {
    const { seedAdult, seedChild, open, api } = await staySession()
    const stay = await seedAdult(adultStayInput(adultCheckOut('2026-02-20')))
    await seedChild(stay.id, childStayInput({ stay_end_date: '2026-02-20' }))
    await seedChild(stay.id, childStayInput({ stay_end_date: '2026-02-10' }))
    const { user } = open(`/opphold/${stay.id}`)
    expect(await screen.findByRole('table', { name: 'Barn i oppholdet (2)' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Slett opphold' }))
    const dialog = screen.getByRole('dialog', { name: 'Slette oppholdet 01.02.2026?' })
    expect(dialog).toHaveTextContent('Oppholdene til de 2 barna slettes også.')
    expect(dialog).toHaveTextContent('Sikkerhetskopier som er tatt før nå, har fortsatt de gamle svarene til de er så gamle at de slettes av seg selv.')
    await user.click(within(dialog).getByRole('button', { name: 'Ja, slett oppholdet og barnas opphold' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Opphold' })).toBeInTheDocument()
    expect(await screen.findByText('Oppholdet er slettet.')).toBeInTheDocument()
    const { records } = await readJson(await api.client['child-stays'].$get({ query: { year: '2026' } }))
    expect(records).toEqual([])
  })

  it('does not delete a child registered by someone else after the page was opened', async () => {
    const { seedAdult, seedChild, open } = await staySession()
    const stay = await seedAdult(adultStayInput())
    const { user } = open(`/opphold/${stay.id}`)
    expect(await screen.findByText('Ingen barn er registrert med dette oppholdet.')).toBeInTheDocument()
    await seedChild(stay.id, childStayInput())
    await user.click(screen.getByRole('button', { name: 'Slett opphold' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Slette oppholdet 01.02.2026?' })).getByRole('button', { name: 'Ja, slett oppholdet' }))
    expect(await screen.findByText('Oppholdet har ett barn registrert. Bekreft at også barnas opphold skal slettes.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Last inn på nytt' })).toBeNull()
    expect(await screen.findByRole('table', { name: 'Barn i oppholdet (1)' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Slett opphold' }))
    expect(screen.getByRole('dialog', { name: 'Slette oppholdet 01.02.2026?' })).toHaveTextContent('Barnets opphold slettes også.')
  })
})
