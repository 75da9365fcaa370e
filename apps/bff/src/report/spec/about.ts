import { indicator, type SectionSpec } from './types'

const LY01 = indicator('LY-01')

/** S1:1-45: what the statistics are and how certain they are; decision 1's consent rate. */
export const aboutSection: SectionSpec = {
  key: 'about',
  title: 'Statistikk om benyttelsen av krisesenterets tjenester',
  tables: [
    {
      kind: 'counts',
      id: 'tab-consent',
      figure: null,
      caption: 'Registreringer med og uten samtykke til statistikk {years}',
      // LY-01 counts the adults' own decisions: a child's stay follows its adult's answer and is left out.
      unit: 'Registreringer (voksnes opphold, dagsamtaler og enesamtaler på telefon; barns opphold følger den voksnes svar og telles ikke her)',
      form: null,
      years: 1,
      items: [
        { key: 'yes', label: 'Med samtykke', source: LY01, part: { category: 'yes' } },
        { key: 'no', label: 'Uten samtykke (bare selve hendelsen telles)', source: LY01, part: { category: 'no' } },
        { key: 'total', label: 'Registreringer i alt', source: LY01, part: 'n', kind: 'total' },
      ],
      sums: [{ parts: ['yes', 'no'], total: 'total' }],
    },
  ],
}
