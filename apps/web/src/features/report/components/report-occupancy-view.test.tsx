import { screen, within } from '@testing-library/react'
import { adultCheckOut, adultStayInput, centreYearInput, turnedAwayInput } from '@ly/forms/testing'
import { describe, expect, it } from 'vitest'
import { createCentreYear } from '@/features/centre-year/api/centre-year-endpoints'
import { createAdultStay } from '@/features/residents/api/adult-stay-endpoints'
import { createTurnedAwayRequest } from '@/features/turned-away/api/turned-away-endpoints'
import { signedInSession } from '@/testing/signed-in-session'

const SLOW = 60_000
const MONTHS_TABLE = 'Avviste henvendelser og dager med fullt botilbud per måned 2025'

describe('the report’s occupancy chart', () => {
  it(
    'draws the year with the full days marked before its table, and only the full days to share',
    async () => {
      const { api, open } = await signedInSession('leader')
      // 2025: one place for women, one woman 1–11 June: the nights of 1–10 June are full.
      await createCentreYear(api, centreYearInput({ report_year: 2025, fixed_beds: 1 }))
      await createAdultStay(api, { ...adultStayInput({ stay_start_date: '2025-06-01' }), ...adultCheckOut('2025-06-11') })
      await createTurnedAwayRequest(api, turnedAwayInput({ request_date: '2025-06-05' }))
      const { user } = open('/rapport?year=2025')

      const section = await screen.findByRole('region', { name: '8. Kapasitet og avvisninger' }, { timeout: SLOW })
      const chart = await within(section).findByRole('img', {
        name: `Belegg per dag (voksne og barn) i 2025 mot 1 fast sengeplass. 10 dager med fullt botilbud er markert. Den lengste sammenhengende perioden var 10 dager, fra 01.06.2025. Tallene per måned står i tabellen «${MONTHS_TABLE}».`,
      })
      expect(chart.querySelectorAll('rect.chart-bar-full')).toHaveLength(10)
      // The table alternative comes right after the picture, with June's ten full days.
      const table = within(section).getByRole('table', { name: MONTHS_TABLE })
      expect(chart.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
      expect(within(table).getByRole('row', { name: /^Juni/ })).toHaveTextContent(/Juni\s*1\s*10/)

      await user.click(screen.getByRole('radio', { name: 'Til deling (små tall skjult)' }))
      const shared = await within(section).findByRole(
        'img',
        { name: /^Dager med fullt botilbud i 2025 mot 1 fast sengeplass\. 10 dager med fullt botilbud er markert\./ },
        { timeout: SLOW },
      )
      expect(within(section).getByText(/Delingsversjonen viser bare dagene med fullt botilbud/)).toBeInTheDocument()
      expect(shared.querySelectorAll('rect.chart-bar-full')).toHaveLength(10)
    },
    SLOW,
  )
})
