import { indicator, type SectionSpec } from './types'

const persons = 'Andel av voksne beboere som har svart (første opphold i året)'

/** S1:247-471: selected information on adult residents (data-dictionary §4.2, §4.3). */
export const adultsSection: SectionSpec = {
  key: 'adults',
  title: 'Utvalgt informasjon om voksne beboere',
  tables: [
    { kind: 'distribution', id: 'fig-05', figure: 5, caption: 'Alderssammensetning på voksne beboere {years}', unit: persons, form: 'adult_stay', years: 7, groups: [{ source: indicator('B-03'), field: 'adult_stay.age' }] },
    { kind: 'distribution', id: 'fig-06', figure: 6, caption: 'Relasjon til voldsutøver {years}', unit: persons, form: 'adult_stay', years: 5, groups: [{ source: indicator('B-07'), field: 'adult_stay.perpetrator_relation' }] },
    {
      kind: 'distribution',
      id: 'fig-07',
      figure: 7,
      caption: 'Andel voldsutsattes og voldsutøveres foreldre født utenfor Norge {years}',
      unit: persons,
      form: 'adult_stay',
      years: 5,
      groups: [
        { source: indicator('B-01'), field: 'adult_stay.parents_born_abroad', label: 'Beboeren' },
        { source: indicator('B-09'), field: 'adult_stay.perpetrator_parents_born_abroad', label: 'Voldsutøveren' },
      ],
    },
    { kind: 'distribution', id: 'tab-adults-perpetrator-sex', figure: null, caption: 'Voldsutøvers kjønn, voksne beboere {years}', unit: persons, form: 'adult_stay', years: 1, groups: [{ source: indicator('B-08'), field: 'adult_stay.perpetrator_sex' }] },
    { kind: 'distribution', id: 'tab-adults-brought-children', figure: null, caption: 'Voksne beboere som hadde med seg barn {years}', unit: persons, form: 'adult_stay', years: 3, groups: [{ source: indicator('R-12'), field: 'adult_stay.brought_children' }] },
    { kind: 'distribution', id: 'fig-08', figure: 8, caption: 'Type vold {years}', unit: persons, form: 'adult_stay', years: 5, groups: [{ source: indicator('B-04'), field: 'adult_stay.violence_types' }] },
    { kind: 'distribution', id: 'fig-09', figure: 9, caption: 'Varigheten på volden {years}', unit: persons, form: 'adult_stay', years: 5, groups: [{ source: indicator('B-06'), field: 'adult_stay.violence_duration' }] },
    { kind: 'distribution', id: 'fig-10', figure: 10, caption: 'Kontakt med krisesenteret på hvilket initiativ {years}', unit: persons, form: 'adult_stay', years: 2, groups: [{ source: indicator('B-10'), field: 'adult_stay.contact_route' }] },
    {
      kind: 'distribution',
      id: 'fig-11',
      figure: 11,
      caption: 'Tverrfaglig kontakt opprettet før eller under opphold på krisesenteret {years}',
      unit: 'Før oppholdet: andel av beboerne (første opphold i året). Under oppholdet: andel av oppholdene som ble avsluttet i året',
      form: 'adult_stay',
      years: 1,
      groups: [
        { source: indicator('B-11'), field: 'adult_stay.agencies_before_stay', label: 'Før oppholdet' },
        { source: indicator('B-11b'), field: 'adult_stay.agencies_during_stay', label: 'Under oppholdet' },
      ],
    },
    { kind: 'distribution', id: 'fig-12', figure: 12, caption: 'Inntekt og tilknytning til arbeidslivet {years}', unit: persons, form: 'adult_stay', years: 5, groups: [{ source: indicator('B-12'), field: 'adult_stay.work_income' }] },
    {
      kind: 'distribution',
      id: 'fig-13',
      figure: 13,
      caption: 'Hvor beboerne dro til etter opphold på krisesenter {years}',
      unit: 'Andel av oppholdene som ble avsluttet i året (enheten er opphold, som i den nasjonale statistikken)',
      form: 'adult_stay',
      years: 5,
      groups: [{ source: indicator('O-04'), field: 'adult_stay.destination_after_stay' }],
    },
    {
      kind: 'distribution',
      id: 'fig-14',
      figure: 14,
      caption: 'Anmelde forholdet {years}',
      unit: 'Andel av oppholdene som ble avsluttet i året',
      form: 'adult_stay',
      years: 7,
      groups: [{ source: indicator('O-05'), field: 'adult_stay.police_report' }],
      note: 'Begrunnelser for ikke å anmelde er fritekst og tas aldri med i rapporten. Lederen kan oppsummere dem i kommentaren.',
    },
  ],
}
