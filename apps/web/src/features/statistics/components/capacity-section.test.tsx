import { screen, within } from '@testing-library/react'
import { adultCheckOut, adultStayInput, centreYearInput, turnedAwayInput } from '@ly/forms/testing'
import { describe, expect, it } from 'vitest'
import { createCentreYear } from '@/features/centre-year/api/centre-year-endpoints'
import { createAdultStay } from '@/features/residents/api/adult-stay-endpoints'
import { createTurnedAwayRequest } from '@/features/turned-away/api/turned-away-endpoints'
import { signedInSession } from '@/testing/signed-in-session'

// The dashboard is the SPA's largest page, and role queries walk all of it: allow a loaded machine time.
const SLOW = 60_000

describe('the dashboard card «Kapasitet og avvisninger»', () => {
  it(
    'shows the turned-away requests and the full days, and the year day by day with the full days marked',
    async () => {
      const { api, open } = await signedInSession('leader')
      // 2025: one place for women, one woman 1–11 June (10 full days); 3 requests turned away, 2 children each.
      await createCentreYear(api, centreYearInput({ report_year: 2025, fixed_beds: 1 }))
      await createAdultStay(api, { ...adultStayInput({ stay_start_date: '2025-06-01' }), ...adultCheckOut('2025-06-11') })
      for (let i = 0; i < 3; i++) await createTurnedAwayRequest(api, turnedAwayInput({ request_date: '2025-06-05', children_count: '2' }))
      open('/statistikk?year=2025')

      const section = await screen.findByRole('region', { name: 'Kapasitet og avvisninger 2025' }, { timeout: SLOW })
      const card = (title: string) => within(section).getByRole('article', { name: title })
      expect(within(card('Avviste henvendelser')).getByText('3')).toBeInTheDocument()
      expect(within(card('Barn som ville ha kommet med')).getByText('6')).toBeInTheDocument()
      expect(within(card('Dager med fullt botilbud')).getByText('10')).toBeInTheDocument()
      // Its one part in words, never the category's key.
      expect(card('Dager med fullt botilbud')).toHaveTextContent('Fulle dager: 10')
      expect(card('Dager med fullt botilbud')).not.toHaveTextContent(/\bfull:/)
      const chart = await within(section).findByRole(
        'img',
        { name: /^Belegg per dag i 2025 mot 1 faste plasser: 10 dager med fullt botilbud\. Lengste sammenhengende periode: 10 dager fra 01\.06\.2025\./ },
        { timeout: SLOW },
      )
      expect(chart.querySelectorAll('.chart-bar-full')).toHaveLength(10)
      const rates = within(section).getByRole('table', { name: 'Beleggsprosent per måned 2025' })
      const june = within(rates).getByRole('rowheader', { name: 'juni' }).closest('tr')!
      // 10 nights of 30 place-nights.
      expect(june).toHaveTextContent(/^juni33,3\s%$/)

      // The same figures are headline figures: a line each over the years, and no second card among «Nøkkeltall».
      const keyFigures = screen.getByRole('region', { name: 'Nøkkeltall 2025' })
      expect(within(keyFigures).queryByRole('article', { name: 'Avviste henvendelser' })).not.toBeInTheDocument()
      const trend = await screen.findByRole('table', { name: 'Nøkkeltall per år' }, { timeout: SLOW })
      const years = within(trend)
        .getAllByRole('columnheader')
        .map((h) => h.textContent)
      const row = (title: string) =>
        within(within(trend).getByRole('rowheader', { name: title }).closest('tr')!)
          .getAllByRole('cell')
          .map((c) => c.textContent)
      expect(years.slice(1)).toEqual(['2025'])
      expect(row('Avviste henvendelser')).toEqual(['3'])
      expect(row('Barn som ville ha kommet med')).toEqual(['6'])
      expect(row('Dager med fullt botilbud')).toEqual(['10'])
      // A rate in per cent reads as one (10 nights of 365 place-nights), not as a bare «2,74».
      expect(row('Beleggsprosent')).toEqual(['2,7\u00a0%'])
      expect(card('Beleggsprosent')).toHaveTextContent(/^Beleggsprosent2,7\s%N = 365/)
    },
    SLOW,
  )
})
