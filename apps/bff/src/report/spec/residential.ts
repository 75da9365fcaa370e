import { sexKeys } from '@ly/forms'
import { indicator, type SectionSpec } from './types'

const R01 = indicator('R-01')

/** S1:169-246: the residential offer, persons and stays (data-dictionary §4.1). */
export const residentialSection: SectionSpec = {
  key: 'residential',
  title: 'Midlertidig botilbud med beskyttelse mot ytre trusler',
  tables: [
    {
      kind: 'counts',
      id: 'fig-04',
      figure: 4,
      caption: 'Antall kvinner, menn og barn som har benyttet botilbudet {years}',
      unit: 'Personer (hver person telles én gang per år, beskrevet ved første opphold)',
      form: 'adult_stay',
      years: 7,
      items: [
        { key: 'women', label: 'Kvinner', source: R01, part: { category: 'female' } },
        { key: 'men', label: 'Menn', source: R01, part: { category: 'male' } },
        { key: 'other', label: 'Annet kjønn', source: R01, part: { category: 'other' } },
        { key: 'unknown', label: 'Ukjent kjønn', source: R01, part: { rest: sexKeys } },
        { key: 'adults', label: 'Voksne i alt', source: R01, part: 'value', kind: 'total' },
        { key: 'children', label: 'Barn', source: indicator('R-02'), part: 'value', form: 'child_stay' },
        { key: 'total', label: 'Totalt', source: indicator('R-03'), part: 'value', kind: 'total' },
      ],
      sums: [
        { parts: ['women', 'men', 'other', 'unknown'], total: 'adults' },
        { parts: ['adults', 'children'], total: 'total' },
      ],
    },
    {
      kind: 'counts',
      id: 'tab-residential-stays',
      figure: null,
      caption: 'Opphold og ROSA-beboere {years}',
      unit: 'Opphold med minst én natt i året, og personer',
      form: 'adult_stay',
      years: 2,
      items: [
        { key: 'adult_stays', label: 'Opphold, voksne', source: indicator('R-04'), part: 'value' },
        { key: 'child_stays', label: 'Opphold, barn', source: indicator('R-05'), part: 'value', form: 'child_stay' },
        { key: 'rosa', label: 'Beboere gjennom ROSA', source: indicator('R-13'), part: 'value' },
      ],
    },
    {
      kind: 'distribution',
      id: 'tab-adults-previous-stays',
      figure: null,
      caption: 'Voksne beboeres tidligere opphold på krisesenter {years}',
      unit: 'Voksne beboere etter antall tidligere opphold',
      form: 'adult_stay',
      years: 1,
      groups: [{ source: indicator('R-11'), field: 'adult_stay.previous_stays_count' }],
    },
  ],
}
