import type { Dashboard } from '../api/get-dashboard'

/**
 * The dashboard's period and «samme periode i fjor» in words, as the BFF names them («2. tertial
 * 2026», «2025»), with the period's year (which answer options existed then).
 */
export interface PeriodNames {
  year: number
  current: string
  previous: string
}

export const periodNames = ({ current, periods }: Dashboard): PeriodNames => ({ year: current.year, current: periods.current.label, previous: periods.previous.label })
