import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@/testing/render-app'
import { allowForLongForms, checkboxGroup, checkedOptions, fastUser, question, textField } from '@/testing/record-form-queries'
import { createTestServer, type TestServer } from '@/testing/test-server'
import { centreYearInput, turnedAwayInput } from '@ly/forms/testing'
import { currentYear } from '../lib/params'

const SLOW = 60_000
const YEAR = currentYear()

async function post(server: TestServer, path: string, body: unknown) {
  const { csrfToken } = (await (await server.fetch('/api/auth/session')).json()) as { csrfToken: string }
  return server.fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify(body) })
}

describe('the Årsskjema page', () => {
  it(
    "starts this year's form from last year's answers, says so, and saves it",
    async () => {
      allowForLongForms()
      const server = await createTestServer()
      await server.signIn(await server.seedUser('leder1', 'leader'))
      const seeded = await post(server, '/api/centre-years', centreYearInput({ report_year: YEAR - 1, fixed_beds: 8 }))
      expect(seeded.status).toBe(201)
      renderApp(server, `/arsskjema?year=${YEAR}&offer=women`)
      const user = fastUser()

      expect(await screen.findByRole('heading', { level: 1, name: 'Årsskjema' })).toBeInTheDocument()
      expect(within(screen.getByRole('navigation', { name: 'Hovedmeny' })).getByRole('link', { name: 'Årsskjema' })).toHaveAttribute('aria-current', 'page')
      expect(await screen.findByText(`Forhåndsutfylt fra ${YEAR - 1}.`)).toBeInTheDocument()
      expect(screen.getByRole('heading', { level: 2, name: `Tilbudet til kvinner ${YEAR}` })).toBeInTheDocument()
      // Year and offer are chosen above the form and locked in it.
      expect(textField('År')).toBeDisabled()
      expect(textField('År')).toHaveValue(String(YEAR))
      const beds = textField('Antall faste sengeplasser')
      expect(beds).toHaveValue('8')
      expect(within(checkboxGroup('Hva slags hjelp får beboere tilbud om?')).getByRole('checkbox', { name: 'Inntakssamtaler' })).toBeChecked()

      await user.clear(beds)
      await user.type(beds, '10')
      await user.click(screen.getByRole('button', { name: 'Lagre årsskjema' }))
      expect(await screen.findByText(`Årsskjemaet for tilbudet til kvinner ${YEAR} er lagret.`)).toBeInTheDocument()
      expect(screen.queryByText(`Forhåndsutfylt fra ${YEAR - 1}.`)).not.toBeInTheDocument()

      const list = (await (await server.fetch(`/api/centre-years?year=${YEAR}&offer=women`)).json()) as { records: { id: string }[] }
      expect(list.records).toHaveLength(1)
      const saved = (await (await server.fetch(`/api/centre-years/${list.records[0]!.id}`)).json()) as { values: Record<string, unknown> }
      expect(saved.values).toMatchObject({ report_year: YEAR, offer: 'women', fixed_beds: 10 })

      // A second save changes the same form (its version), never a second one.
      await user.clear(beds)
      await user.type(beds, '11')
      await user.click(screen.getByRole('button', { name: 'Lagre årsskjema' }))
      await expect.poll(async () => ((await (await server.fetch(`/api/centre-years/${list.records[0]!.id}`)).json()) as { version: number }).version).toBe(2)
    },
    SLOW,
  )

  it(
    'proposes the capacity answers from the year’s turned-away requests, says why, and puts them in the form when asked',
    async () => {
      allowForLongForms()
      const server = await createTestServer()
      await server.signIn(await server.seedUser('leder1', 'leader'))
      const last = YEAR - 1
      // The saved form says «Nei»; two requests turned away because the house was full, on days
      // a week apart (two times), one more for another reason.
      expect((await post(server, '/api/centre-years', centreYearInput({ report_year: last, residential_offer_full: 'no', action_when_full: [] }))).status).toBe(201)
      for (const input of [
        turnedAwayInput({ request_date: `${last}-02-03`, action_taken: ['extra_bed'], referred_to_centre: null }),
        turnedAwayInput({ request_date: `${last}-02-10`, action_taken: ['referred_other_centre'] }),
        turnedAwayInput({ request_date: `${last}-05-10`, reason: 'outside_target_group', action_taken: ['other_help'], referred_to_centre: null }),
      ]) {
        expect((await post(server, '/api/turned-away', input)).status).toBe(201)
      }
      renderApp(server, `/arsskjema?year=${last}&offer=women`)
      const user = fastUser()

      const full = await screen.findByRole('group', { name: 'Forslag fra Ly: «Ja, flere ganger»' })
      expect(within(full).getByText(`2 avviste henvendelser i ${last} har årsaken «Botilbudet var fullt».`)).toBeInTheDocument()
      expect(within(full).getByText(/^Til sammen var tilbudet fullt 2 ganger/)).toBeInTheDocument()
      expect(within(full).getByRole('status')).toHaveTextContent('Svaret i skjemaet er ikke det samme som forslaget.')
      expect(within(question('Har boligtilbudet vært fullt en eller flere ganger i løpet av året?')).getByRole('radio', { name: 'Nei' })).toBeChecked()

      await user.click(within(full).getByRole('button', { name: 'Bruk forslaget for «Har boligtilbudet vært fullt en eller flere ganger i løpet av året?»' }))
      expect(within(question('Har boligtilbudet vært fullt en eller flere ganger i løpet av året?')).getByRole('radio', { name: 'Ja, flere ganger' })).toBeChecked()
      expect(within(full).getByRole('status')).toHaveTextContent('Svaret i skjemaet er det samme som forslaget.')
      expect(within(full).queryByRole('button')).not.toBeInTheDocument()

      // «Hva gjøres …» is asked now that the house was full, with its own proposal.
      const actions = screen.getByRole('group', { name: 'Forslag fra Ly: «Tar i bruk en ekstra seng/plass», «Hjelper brukerne til å komme seg til annet krisesentertilbud»' })
      expect(
        within(actions).getByText('«Henvist til et annet krisesenter» ved 1 henvendelse: foreslått som «Hjelper brukerne til å komme seg til annet krisesentertilbud».'),
      ).toBeInTheDocument()
      await user.click(within(actions).getByRole('button', { name: /^Bruk forslaget/ }))
      expect(checkedOptions(checkboxGroup('Hva gjøres når botilbudet er fullt?'))).toEqual([
        'Tar i bruk en ekstra seng/plass',
        'Hjelper brukerne til å komme seg til annet krisesentertilbud',
      ])

      // Nothing is stored until the leader saves the form.
      await user.click(screen.getByRole('button', { name: 'Lagre årsskjema' }))
      expect(await screen.findByText(`Årsskjemaet for tilbudet til kvinner ${last} er lagret.`)).toBeInTheDocument()
      const { records } = (await (await server.fetch(`/api/centre-years?year=${last}&offer=women`)).json()) as { records: { id: string }[] }
      const saved = (await (await server.fetch(`/api/centre-years/${records[0]!.id}`)).json()) as { values: Record<string, unknown> }
      expect(saved.values).toMatchObject({ residential_offer_full: 'yes_several', action_when_full: ['extra_bed', 'help_to_other_centre'] })
    },
    SLOW,
  )

  it(
    'is not for staff: no menu item, and the page is refused',
    async () => {
      const server = await createTestServer()
      await server.signIn(await server.seedUser('vakt1', 'staff'))
      renderApp(server, '/arsskjema')
      expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Årsskjema')
      expect(within(screen.getByRole('navigation', { name: 'Hovedmeny' })).queryByRole('link', { name: 'Årsskjema' })).not.toBeInTheDocument()
    },
    SLOW,
  )
})
