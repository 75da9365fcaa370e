import { indicator, type SectionSpec } from './types'

const CAP01 = indicator('CAP-01')

/**
 * Issue 22: the requests for a place the centre could not meet, and how full the house was —
 * what the evaluation of the law could not say (S3:1682-1683). Not in Sarpsborg's report.
 */
export const capacitySection: SectionSpec = {
  key: 'capacity',
  title: 'Kapasitet og avvisninger',
  tables: [
    {
      kind: 'counts',
      id: 'tab-capacity',
      figure: null,
      caption: 'Avviste henvendelser og fullt botilbud {years}',
      unit: 'Henvendelser om botilbud senteret ikke kunne ta imot, barna som ville ha kommet med, og dager med fullt botilbud',
      form: 'turned_away',
      years: 2,
      items: [
        { key: 'requests', label: 'Avviste henvendelser', source: CAP01, part: 'value' },
        { key: 'children', label: 'Barn som ville ha kommet med («4 eller flere» telles som 4)', source: indicator('CAP-02'), part: 'value' },
        // Full days and occupancy come from the stays against the places, not from the turned-away log.
        { key: 'full_days', label: 'Dager med fullt botilbud', source: indicator('CAP-03'), part: 'value', form: 'adult_stay' },
        // A rate of the year's places, not of people: shown whenever the centre has given its places.
        {
          key: 'occupancy',
          label: 'Beleggsprosent (bodøgn delt på plasser ganger dager)',
          source: indicator('CAP-04'),
          part: 'value',
          form: 'adult_stay',
          kind: 'measure',
          base: { source: indicator('CAP-04'), part: 'n' },
        },
      ],
    },
    {
      kind: 'distribution',
      id: 'tab-turned-away',
      figure: null,
      caption: 'Avviste henvendelser etter årsak, tiltak og hvem som henvendte seg {years}',
      unit: 'Andel av avviste henvendelser (flere tiltak kan være krysset av: andelene kan bli mer enn 100 %)',
      form: 'turned_away',
      years: 1,
      groups: [
        { source: CAP01, field: 'turned_away.reason', label: 'Hvorfor senteret ikke kunne gi et tilbud' },
        { source: indicator('CAP-01a'), field: 'turned_away.action_taken', label: 'Hva ble gjort' },
        { source: indicator('CAP-01b'), field: 'turned_away.requester', label: 'Hvem henvendte seg' },
      ],
    },
    {
      kind: 'months',
      id: 'tab-turned-away-months',
      figure: null,
      caption: 'Avviste henvendelser og dager med fullt botilbud per måned {years}',
      unit: 'Per måned',
      form: 'turned_away',
      years: 1,
      series: [
        { key: 'requests', label: 'Avviste henvendelser', source: CAP01 },
        { key: 'full_days', label: 'Dager med fullt botilbud', source: indicator('CAP-03'), form: 'adult_stay' },
      ],
    },
  ],
}
