import { indicator, type SectionSpec } from './types'

const children = 'Andel av barna det er svart for (første opphold i året)'
const childStays = 'Andel av barnas opphold som ble avsluttet i året'

/** S1:473-637: selected information on children (data-dictionary §4.4). */
export const childrenSection: SectionSpec = {
  key: 'children',
  title: 'Utvalgt informasjon om barn',
  tables: [
    { kind: 'distribution', id: 'fig-15', figure: 15, caption: 'Barns alder prosentvis {years}', unit: children, form: 'child_stay', years: 3, groups: [{ source: indicator('C-01'), field: 'child_stay.age' }] },
    { kind: 'distribution', id: 'tab-children-previous-stays', figure: null, caption: 'Barns tidligere opphold på krisesenter {years}', unit: 'Barn etter antall tidligere opphold', form: 'child_stay', years: 1, groups: [{ source: indicator('C-04'), field: 'child_stay.previous_stays_count' }] },
    { kind: 'distribution', id: 'tab-children-parents-abroad', figure: null, caption: 'Barn med forelder født utenfor Norge {years}', unit: children, form: 'child_stay', years: 1, groups: [{ source: indicator('C-03'), field: 'child_stay.parents_born_abroad' }] },
    { kind: 'distribution', id: 'fig-16', figure: 16, caption: 'Barns relasjon til voldsutøver {years}', unit: children, form: 'child_stay', years: 3, groups: [{ source: indicator('C-10'), field: 'child_stay.perpetrator_relation' }] },
    { kind: 'distribution', id: 'fig-17', figure: 17, caption: 'Barns samvær med voldsutøver under opphold på krisesenteret {years}', unit: childStays, form: 'child_stay', years: 3, groups: [{ source: indicator('C-09'), field: 'child_stay.contact_with_perpetrator_during_stay' }] },
    { kind: 'distribution', id: 'fig-18', figure: 18, caption: 'Om barn går i barnehage eller på skole {years}', unit: children, form: 'child_stay', years: 1, groups: [{ source: indicator('C-07a'), field: 'child_stay.daycare_school_status' }] },
    {
      kind: 'distribution',
      id: 'fig-19',
      figure: 19,
      caption: 'Om barn har fortsatt i barnehage og på skole under oppholdet {years}',
      unit: 'Andel av avsluttede opphold for barn i barnehage eller skole',
      form: 'child_stay',
      years: 1,
      groups: [{ source: indicator('C-07b'), field: 'child_stay.daycare_school_continued' }],
    },
    {
      kind: 'distribution',
      id: 'tab-children-leisure',
      figure: null,
      caption: 'Organiserte fritidsaktiviteter {years}',
      unit: children,
      form: 'child_stay',
      years: 1,
      groups: [
        { source: indicator('C-08a'), field: 'child_stay.organised_leisure', label: 'Deltar i organiserte fritidsaktiviteter (andel av barna)' },
        { source: indicator('C-08b'), field: 'child_stay.organised_leisure_continued', label: 'Fortsetter med aktivitetene (andel av avsluttede opphold)' },
      ],
    },
    { kind: 'distribution', id: 'fig-20', figure: 20, caption: 'Hvor barn drar etter krisesenteropphold {years}', unit: childStays, form: 'child_stay', years: 3, groups: [{ source: indicator('C-12'), field: 'child_stay.destination_after_stay' }] },
    {
      kind: 'distribution',
      id: 'tab-children-child-welfare',
      figure: null,
      caption: 'Bekymringsmelding og kontakt med barnevernet {years}',
      unit: 'Bekymringsmelding og kontakt opprettet: andel av barnas avsluttede opphold. Allerede involvert: andel av barna',
      form: 'child_stay',
      years: 3,
      groups: [
        { source: indicator('C-11b'), field: 'child_stay.concern_report_sent', label: 'Bekymringsmelding sendt' },
        { source: indicator('C-11c'), field: 'child_stay.child_welfare_already_involved', label: 'Barnevernet allerede involvert før oppholdet' },
        { source: indicator('C-11a'), field: 'child_stay.child_welfare_contact_established', label: 'Kontakt med barnevernet opprettet under oppholdet' },
      ],
    },
  ],
}
