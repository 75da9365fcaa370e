import { screen, within } from '@testing-library/react'
import { adultStayInput, centreYearInput } from '@ly/forms/testing'
import { describe, expect, it } from 'vitest'
import { createCentreYear } from '@/features/centre-year/api/centre-year-endpoints'
import { createAdultStay } from '@/features/residents/api/adult-stay-endpoints'
import { signedInSession } from '@/testing/signed-in-session'

const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent))

describe('«Ledige plasser»', () => {
  it("shows the centre's free places now; the leader turns sharing on and then sees the sharing centres", async () => {
    const { api, open } = await signedInSession('leader')
    await createCentreYear(api, centreYearInput({ report_year: 2026, fixed_beds: 4 }))
    await createAdultStay(api, adultStayInput({ stay_start_date: '2026-02-20' }))
    const { user } = open('/ledige-plasser')

    const own = await screen.findByRole('table', { name: 'Senterets plasser nå' })
    expect(rows(own)).toEqual([['Kvinner', '4', '1', '3', expect.stringMatching(/^\d\d\.\d\d\.\d{4} kl\. \d\d:\d\d$/)]])
    expect(await screen.findByText(/Senteret deler ikke sine ledige plasser, og ser derfor heller ikke/)).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: 'Ledige plasser ved sentrene som deler' })).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Del ledige plasser' }))
    expect(await screen.findByText('Senteret deler nå ledige plasser.')).toHaveAttribute('role', 'status')
    const shared = await screen.findByRole('table', { name: 'Ledige plasser ved sentrene som deler' })
    expect(rows(shared)).toEqual([['Testsenteret', 'Kvinner', '3', expect.stringMatching(/kl\./)]])
    // Nothing but the four columns: no adults, children or places of another centre.
    expect(
      within(shared)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Senter', 'Tilbud', 'Ledige plasser', 'Sist oppdatert'])

    await user.click(screen.getByRole('button', { name: 'Slutt å dele ledige plasser' }))
    expect(await screen.findByText('Senteret deler ikke lenger ledige plasser.')).toBeInTheDocument()
    expect(await screen.findByText(/Senteret deler ikke sine ledige plasser/)).toBeInTheDocument()
  })

  it('gives staff the figures but not the switch', async () => {
    const { open } = await signedInSession('staff')
    open('/ledige-plasser')
    expect(await screen.findByText(/Ingen tilbud har registrerte plasser ennå/)).toBeInTheDocument()
    expect(await screen.findByText(/Det er lederen som velger dette/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Del ledige plasser' })).toBeNull()
    expect(screen.getByRole('navigation', { name: 'Hovedmeny' })).toContainElement(screen.getByRole('link', { name: 'Ledige plasser' }))
  })
})
