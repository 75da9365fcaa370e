import { indicator, type SectionSpec } from './types'

const users = 'Andel av dagbrukerne som har svart (første besøk i året)'

/** S1:714-903: the day-visit conversations (data-dictionary §4.5). */
export const conversationsSection: SectionSpec = {
  key: 'conversations',
  title: 'Samtaletilbudet',
  tables: [
    {
      kind: 'counts',
      id: 'tab-conv-volume',
      figure: null,
      caption: 'Registrerte dagsamtaler og samtykke {years}',
      unit: 'Dagsamtaler (besøk) og personer',
      form: 'day_visit',
      years: 2,
      items: [
        { key: 'consent_yes', label: 'Med samtykke til statistikk', source: indicator('D-05'), part: { category: 'yes' } },
        { key: 'consent_no', label: 'Uten samtykke (bare selve besøket telles)', source: indicator('D-05'), part: { category: 'no' } },
        { key: 'visits', label: 'Dagsamtaler i alt', source: indicator('D-02'), part: 'value', kind: 'total' },
        { key: 'users', label: 'Dagbrukere (personer)', source: indicator('D-01'), part: 'value' },
        { key: 'per_user', label: 'Samtaler per dagbruker', source: indicator('D-03'), part: 'value', kind: 'measure', base: { source: indicator('D-01'), part: 'value' } },
      ],
      sums: [{ parts: ['consent_yes', 'consent_no'], total: 'visits' }],
    },
    {
      kind: 'distribution',
      id: 'tab-conv-prior',
      figure: null,
      caption: 'Tidligere bruk av krisesenteret {years}',
      unit: users,
      form: 'day_visit',
      years: 1,
      groups: [
        { source: indicator('D-06'), field: 'day_visit.prior_contact', label: 'Tidligere kontakt' },
        { source: indicator('D-09'), field: 'day_visit.previous_stays_count', label: 'Tidligere opphold (blant tidligere beboere)' },
      ],
    },
    {
      kind: 'distribution',
      id: 'tab-conv-profile',
      figure: null,
      caption: 'Dagbrukernes kjønn, alder og barn {years}',
      unit: users,
      form: 'day_visit',
      years: 1,
      groups: [
        { source: indicator('D-01'), field: 'day_visit.sex', label: 'Kjønn' },
        { source: indicator('D-10'), field: 'day_visit.age', label: 'Alder' },
        { source: indicator('D-16a'), field: 'day_visit.children_under_18_in_household', label: 'Barn under 18 år i husholdningen' },
        { source: indicator('D-16b'), field: 'day_visit.brought_children', label: 'Hadde med seg barn' },
      ],
    },
    { kind: 'distribution', id: 'tab-conv-immigrant', figure: null, caption: 'Dagbrukere med foreldre født utenfor Norge {years}', unit: users, form: 'day_visit', years: 5, groups: [{ source: indicator('D-12'), field: 'day_visit.parents_born_abroad' }] },
    { kind: 'distribution', id: 'fig-25', figure: 25, caption: 'Hvor dagbrukerne kommer fra {years}', unit: users, form: 'day_visit', years: 5, groups: [{ source: indicator('D-15'), field: 'day_visit.municipality_affiliation' }] },
    { kind: 'distribution', id: 'fig-26', figure: 26, caption: 'Kontakt med krisesenteret via eller etter anbefaling fra {years}', unit: users, form: 'day_visit', years: 1, groups: [{ source: indicator('D-17'), field: 'day_visit.contact_route' }] },
    { kind: 'distribution', id: 'fig-27', figure: 27, caption: 'Type vold som årsak til henvendelse {years}', unit: users, form: 'day_visit', years: 1, groups: [{ source: indicator('D-18'), field: 'day_visit.violence_types' }] },
    { kind: 'distribution', id: 'fig-28', figure: 28, caption: 'Dagbrukeres tilknytning til arbeidslivet {years}', unit: users, form: 'day_visit', years: 5, groups: [{ source: indicator('D-14'), field: 'day_visit.work_income' }] },
    { kind: 'distribution', id: 'tab-conv-relation', figure: null, caption: 'Dagbrukernes relasjon til voldsutøver {years}', unit: users, form: 'day_visit', years: 1, groups: [{ source: indicator('D-20a'), field: 'day_visit.perpetrator_relation' }] },
    { kind: 'distribution', id: 'fig-29', figure: 29, caption: 'Voldsutøver, kvinne eller mann {years}', unit: users, form: 'day_visit', years: 5, groups: [{ source: indicator('D-20b'), field: 'day_visit.perpetrator_sex' }] },
    { kind: 'distribution', id: 'fig-30', figure: 30, caption: 'En eller flere voldsutøvere {years}', unit: users, form: 'day_visit', years: 5, groups: [{ source: indicator('D-20c'), field: 'day_visit.perpetrator_count' }] },
    { kind: 'months', id: 'fig-31', figure: 31, caption: 'Oversikt over dagsamtaler pr mnd. {years}', unit: 'Dagsamtaler (besøk) per måned', form: 'day_visit', years: 1, series: [{ key: 'visits', label: 'Dagsamtaler', source: indicator('D-04') }] },
  ],
}
