import { sexKeys } from '@ly/forms'
import { indicator, type SectionSpec } from './types'

const R06 = indicator('R-06')
const R01 = indicator('R-01')

/** S1:638-713: nights (bodøgn, decision 4) and moves in and out (data-dictionary §4.1). */
export const nightsSection: SectionSpec = {
  key: 'nights',
  title: 'Antall overnattingsdøgn',
  tables: [
    {
      kind: 'counts',
      id: 'fig-21',
      figure: 21,
      caption: 'Overnattingsdøgn pr år {years}',
      unit: 'Bodøgn (netter) i året, etter gruppe',
      form: 'adult_stay',
      years: 7,
      items: [
        // A group's nights are hidden when the number of people in the group is (two men, 29 nights).
        { key: 'women', label: 'Kvinner', source: R06, part: { category: 'female' }, dependsOn: { source: R01, part: { category: 'female' } } },
        { key: 'men', label: 'Menn', source: R06, part: { category: 'male' }, dependsOn: { source: R01, part: { category: 'male' } } },
        { key: 'other', label: 'Annet kjønn', source: R06, part: { category: 'other' }, dependsOn: { source: R01, part: { category: 'other' } } },
        // Unknown: bare stays (no consent) and adults whose sex is not answered.
        { key: 'unknown', label: 'Ukjent kjønn', source: R06, part: { category: 'unknown' }, dependsOn: { source: R01, part: { rest: sexKeys } } },
        { key: 'children', label: 'Barn', source: R06, part: { category: 'children' }, form: 'child_stay', dependsOn: { source: indicator('R-02'), part: 'value' } },
        { key: 'total', label: 'Totalt', source: R06, part: 'value', kind: 'total' },
      ],
      sums: [{ parts: ['women', 'men', 'other', 'unknown', 'children'], total: 'total' }],
    },
    {
      kind: 'counts',
      id: 'tab-nights-stay-length',
      figure: null,
      caption: 'Botid og beboere ved årsskiftet {years}',
      unit: 'Døgn per opphold (opphold avsluttet i året) og personer',
      form: 'adult_stay',
      years: 2,
      items: [
        { key: 'mean_stay', label: 'Gjennomsnittlig botid (døgn)', source: indicator('R-08'), part: 'value', kind: 'measure', base: { source: indicator('R-08'), part: 'n' } },
        { key: 'new_year', label: 'Beboere ved årsskiftet (1. januar)', source: indicator('R-10'), part: 'value' },
      ],
    },
    {
      kind: 'months',
      id: 'fig-22',
      figure: 22,
      caption: 'Når det var flest bodøgn i {years}',
      unit: 'Bodøgn per måned (natten til en dato hører til datoens måned)',
      form: 'adult_stay',
      years: 1,
      series: [{ key: 'nights', label: 'Bodøgn', source: indicator('R-07') }],
    },
    {
      kind: 'months',
      id: 'fig-23',
      figure: 23,
      caption: 'Oversikt over antall barn og voksnes inn og utflytting i {years}',
      unit: 'Innflyttinger og utflyttinger per måned etter dato (de som bodde på krisesenteret ved nyttårsskiftet er ikke medregnet i de fire første kolonnene, men vist for seg; utflytting 1. januar telles i januar)',
      form: 'adult_stay',
      years: 1,
      series: [
        { key: 'adult_in', label: 'Voksne inn', source: indicator('R-09a') },
        { key: 'adult_out', label: 'Voksne ut', source: indicator('R-09b') },
        { key: 'child_in', label: 'Barn inn', source: indicator('R-09c') },
        { key: 'child_out', label: 'Barn ut', source: indicator('R-09d') },
        // Those who lived there at New Year are left out above (S1:711-713) and shown apart here.
        { key: 'adult_out_new_year', label: 'Voksne ut som bodde der ved nyttår', source: indicator('R-09e') },
        { key: 'child_out_new_year', label: 'Barn ut som bodde der ved nyttår', source: indicator('R-09f') },
      ],
    },
    {
      kind: 'months',
      id: 'fig-24',
      figure: 24,
      caption: 'Bodøgn for barn pr måned {years}',
      unit: 'Barns bodøgn per måned',
      form: 'child_stay',
      years: 6,
      series: [{ key: 'child_nights', label: 'Barns bodøgn', source: indicator('R-07b') }],
    },
  ],
}
