import { firstInYearField } from './common-fields'

/**
 * Fields the adult's and the child's stay forms share. Both dates are bare: a stay without
 * consent keeps its dates, so it still counts in stays and nights (decision 1, 4).
 */

export const stayStartDateField = {
  key: 'stay_start_date',
  kind: 'date',
  label: 'Innflyttingsdato',
  help: 'Datoen personen kom til senteret for å bo.',
  bare: true,
  required: true,
  mark: 'inferred',
  source: 'S1:671-693',
} as const

export const stayEndDateField = {
  key: 'stay_end_date',
  kind: 'date',
  label: 'Utflyttingsdato',
  help: 'Står tom så lenge personen bor på senteret. Bodøgn = utflyttingsdato minus innflyttingsdato.',
  bare: true,
  mark: 'inferred',
  source: 'S1:671-693; S1:425-427',
  notBefore: { field: 'stay_start_date', message: 'Utflyttingsdatoen kan ikke være før innflyttingsdatoen.' },
} as const

/** Whether the stay is the person's first this year (decisions 3 and 0037); finished at check-out at the latest. */
export const firstStayInYearField = (who: string) =>
  firstInYearField('first_stay_in_year', { label: `Er dette ${who} første opphold i år?`, source: 'S3:866-868; S0:146' }, { requiredAtCheckOut: true })
