import { screen, within } from '@testing-library/react'
import { allFields, isEmptyValue, phoneSessionForm } from '@ly/forms'
import { describe, expect, it } from 'vitest'
import { answer, checkedOptions, question, queryQuestion } from '@/testing/record-form-queries'
import { signedInSession } from '@/testing/signed-in-session'
import { getPhoneSession, getPhoneSessions } from '../api/phone-session-endpoints'

const CONSENT = 'Samtykker brukeren til at det registreres anonymisert statistisk informasjon?'
const CONFIRM = 'Samtalen var strukturert og målrettet, med samme varighet som en ordinær enesamtale'
const RULE = /^Registrer bare samtaler som tilsvarer en ordinær enesamtale på krisesenteret: strukturert og målrettet/
const REFUSAL = /^Bare strukturerte, målrettede samtaler av ordinær lengde registreres som enesamtale på telefon\. Korte, praktiske samtaler registreres ikke\.$/
const SAVE = { name: 'Lagre samtalen' }
const allOf2026 = { year: 2026, offer: 'all', month: null, consent: 'all', caseCode: '' } as const

describe('registering a one-to-one conversation by phone or video', () => {
  it("starts in the list's offer, states the S0:44 rule first, saves, and lists the conversation", async () => {
    const { open } = await signedInSession()
    const { user, router } = open('/telefonsamtaler?year=2026&offer=women')
    expect(await screen.findByRole('heading', { level: 1, name: 'Enesamtaler på telefon/video' })).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Hovedmeny' })).toContainElement(screen.getByRole('link', { name: 'Enesamtaler på telefon' }))
    expect(await screen.findByText('Ingen samtaler registrert for valgene over.')).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'Registrer samtale' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Registrer enesamtale på telefon/video' })).toBeInTheDocument()

    // The rule opens the form, before any question, and describes the box that confirms it.
    const [rule] = screen.getAllByText(RULE)
    const firstQuestion = question(CONSENT)
    expect(rule!.compareDocumentPosition(firstQuestion) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    const confirm = screen.getByRole('checkbox', { name: CONFIRM })
    expect(confirm).toHaveAccessibleDescription(RULE)
    expect(checkedOptions(question('Tilbud'))).toEqual(['Krisesentertilbudet for kvinner'])

    await answer(user, CONSENT, 'Ja')
    await user.click(confirm)
    await answer(user, 'Er dette brukerens første enesamtale på telefon/video i år?', 'Ja')
    await answer(user, 'Samtalen ble holdt på', 'Video')
    await answer(user, 'Kjønn', 'Kvinne')
    await user.click(screen.getByRole('button', SAVE))

    expect(await screen.findByRole('heading', { level: 1, name: 'Enesamtaler på telefon/video' })).toBeInTheDocument()
    expect(router.state.location.search).toBe('?year=2026&offer=women')
    expect(await screen.findByText('Samtalen er lagret.')).toHaveAttribute('role', 'status')
    const table = await screen.findByRole('table', { name: 'Enesamtaler på telefon/video 2026, kvinner (1 samtale)' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Dato', 'Tilbud', 'Samtykke', 'Saksnummer', 'Kanal', 'Hvorfor ikke på senteret', 'Kjønn'])
    const row = within(table).getByRole('link', { name: 'Åpne samtale 02.03.2026' }).closest('tr')
    expect([...(row?.cells ?? [])].map((c) => c.textContent)).toEqual(['02.03.2026', 'Kvinner', 'Ja', '–ikke registrert', 'Video', '–ikke registrert', 'Kvinne'])
  })

  it('refuses an unconfirmed conversation with the reason, and without consent stores only the bare event', async () => {
    const { api, open } = await signedInSession()
    const { user } = open('/telefonsamtaler/ny')
    await screen.findByRole('heading', { level: 1, name: 'Registrer enesamtale på telefon/video' })
    // Saved untouched: the unticked box is named with its reason along with the missing answers.
    await user.click(screen.getByRole('button', SAVE))
    const first = await screen.findByRole('alert', { name: 'Skjemaet har feil' })
    expect(
      within(first)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([`${CONSENT}: Må besvares.`, 'Tilbud: Må besvares.', expect.stringMatching(new RegExp(`^${CONFIRM}: Bare strukturerte`))])

    await answer(user, CONSENT, 'Ja')
    await answer(user, 'Kjønn', 'Mann')
    await answer(user, CONSENT, 'Nei')
    expect(screen.getByText(/Uten samtykke lagres bare selve hendelsen/)).toBeInTheDocument()
    expect(queryQuestion('Kjønn')).toBeNull()
    expect(queryQuestion('Samtalen ble holdt på')).toBeNull()
    await answer(user, 'Tilbud', 'Krisesentertilbudet for menn')

    // Not ticked: refused with the S0:44 reason, beside the box and in the summary.
    await user.click(screen.getByRole('button', SAVE))
    const summary = await screen.findByRole('alert', { name: 'Skjemaet har feil' })
    expect(summary).toHaveFocus()
    expect(within(summary).getByRole('link', { name: new RegExp(`^${CONFIRM}: Bare strukturerte`) })).toBeInTheDocument()
    const confirm = screen.getByRole('checkbox', { name: CONFIRM })
    expect(confirm).toBeEnabled()
    expect(confirm).toHaveAttribute('aria-invalid', 'true')
    expect(document.getElementById(`${confirm.id}-feil`)).toHaveTextContent(REFUSAL)
    expect((await getPhoneSessions(api, allOf2026, null)).records).toEqual([])

    await user.click(confirm)
    await user.click(screen.getByRole('button', SAVE))
    expect(await screen.findByText('Samtalen er lagret.')).toBeInTheDocument()
    const [listed] = (await getPhoneSessions(api, allOf2026, null)).records
    const stored = await getPhoneSession(api, listed?.id ?? '')
    expect(stored.values).toMatchObject({ consent_to_statistics: false, offer: 'men', session_date: '2026-03-02', qualifies_as_one_to_one: true })
    const answered = allFields(phoneSessionForm).filter((f) => !f.bare && !isEmptyValue(stored.values[f.key as keyof typeof stored.values]))
    expect(answered).toEqual([])
  })
})
