import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { tick } from '@/testing/record-form-queries'
import { signedInSession } from '@/testing/signed-in-session'
import { getCentreOptions } from '../api/get-centre-options'

// Two pages over one component: the longest walk of them may take a while on a loaded machine.
const SLOW = 30_000

const row = (table: HTMLElement, name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!

describe('the centre’s own option lists, one settings page for each', () => {
  it(
    'the administrator adds, renames, takes out of use and moves a crisis centre to refer to; the turned-away form offers the list',
    async () => {
      const { api, open } = await signedInSession('admin')
      const { user } = open('/')
      await user.click(await within(await screen.findByRole('navigation', { name: 'Hovedmeny' })).findByRole('link', { name: 'Krisesentre å henvise til' }))
      expect(await screen.findByRole('heading', { level: 1, name: 'Krisesentre å henvise til' })).toBeInTheDocument()
      const table = await screen.findByRole('table', { name: 'Krisesentre å henvise til' })
      // A referral list has no keyboard shortcuts: no «Tast» column.
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((h) => h.textContent),
      ).toEqual(['Navn', 'Status', 'Endre'])

      const add = screen.getByRole('region', { name: 'Nytt krisesenter' })
      for (const name of ['Krisesenteret i Nabobyen', 'Krisesenteret i Fjellbygda']) {
        await user.type(within(add).getByRole('textbox', { name: 'Navn' }), name)
        await user.click(within(add).getByRole('button', { name: 'Legg til' }))
        expect(await screen.findByText(`${name} er lagt til.`)).toHaveAttribute('role', 'status')
      }
      // The same name twice is refused beside the field, in the list's own words.
      await user.type(within(add).getByRole('textbox', { name: 'Navn' }), 'krisesenteret i nabobyen')
      await user.click(within(add).getByRole('button', { name: 'Legg til' }))
      expect(await within(add).findByText('Det finnes allerede et krisesenter med dette navnet på listen.')).toBeInTheDocument()

      await user.click(within(table).getByRole('button', { name: 'Gi nytt navn til Krisesenteret i Nabobyen' }))
      const renamed = within(table).getByRole('textbox', { name: 'Nytt navn for Krisesenteret i Nabobyen' })
      await user.clear(renamed)
      await user.type(renamed, 'Krisesenteret i Nabodalen')
      await user.click(within(table).getByRole('button', { name: 'Lagre' }))
      expect(await screen.findByText('Krisesenteret heter nå Krisesenteret i Nabodalen.')).toBeInTheDocument()
      await user.click(within(table).getByRole('button', { name: 'Flytt opp: Krisesenteret i Fjellbygda' }))
      expect(await screen.findByText('Krisesenteret i Fjellbygda er flyttet opp.')).toBeInTheDocument()
      await user.click(within(table).getByRole('button', { name: 'Ta ut av bruk: Et krisesenter som ikke står på listen' }))
      expect(await screen.findByText('Et krisesenter som ikke står på listen er tatt ut av bruk.')).toBeInTheDocument()
      expect(row(table, 'Et krisesenter som ikke står på listen')).toHaveTextContent('Tatt ut av bruk')

      // What the BFF stored is what the page shows, in its order.
      const stored = await getCentreOptions(api, 'referral-centres')
      expect(stored.map((o) => [o.label, o.retired])).toEqual([
        ['Et krisesenter som ikke står på listen', true],
        ['Krisesenteret i Fjellbygda', false],
        ['Krisesenteret i Nabodalen', false],
      ])
      // The turned-away list leads its administrator to the page, and the form offers what is in use.
      await user.click(within(screen.getByRole('navigation', { name: 'Hovedmeny' })).getByRole('link', { name: 'Avviste henvendelser' }))
      expect(await screen.findByRole('link', { name: 'Endre listen over krisesentre å henvise til' })).toHaveAttribute('href', '/admin/krisesentre')
      await user.click(screen.getByRole('link', { name: 'Registrer avvist henvendelse' }))
      // The form waits for the list before it shows.
      await screen.findByRole('group', { name: 'Hva ble gjort?' }, { timeout: SLOW })
      await tick(user, 'Hva ble gjort?', 'Henvist til et annet krisesenter')
      const centre = await screen.findByRole('combobox', { name: 'Hvilket krisesenter ble personen henvist til?' })
      expect(
        within(centre)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Ikke besvart', 'Krisesenteret i Fjellbygda', 'Krisesenteret i Nabodalen'])
      // The caller categories are another list: untouched.
      expect((await getCentreOptions(api, 'caller-categories')).some((o) => o.label.startsWith('Krisesenteret'))).toBe(false)
    },
    SLOW,
  )

  it(
    'the caller categories keep their shortcut column on the same page component',
    async () => {
      const { open } = await signedInSession('admin')
      const { user } = open('/')
      await user.click(await within(await screen.findByRole('navigation', { name: 'Hovedmeny' })).findByRole('link', { name: 'Hvem ringte' }))
      const table = await screen.findByRole('table', { name: 'Kategorier for hvem som ringte' })
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((h) => h.textContent),
      ).toEqual(['Tast', 'Navn', 'Status', 'Endre'])
      expect(within(row(table, 'Politiet')).getAllByRole('cell')[0]).toHaveTextContent('4')
    },
    SLOW,
  )
})
