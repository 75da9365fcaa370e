import { defineForm } from '../define-form'
import { offerField } from './common-fields'
import { childrenSection, dayUsersSection, organisationSection, proceduresSection, relativesSection, residentsSection } from './centre-year-sections-house'
import {
  accessibilitySection,
  cooperationSection,
  internalControlSection,
  outreachSection,
  policeSection,
  securitySection,
  staffSection,
  userParticipationSection,
} from './centre-year-sections-work'

/** The first year the annual form can be registered for: the crisis-centre act of 2010 (S3:860-863). */
export const FIRST_CENTRE_YEAR = 2010

/**
 * The annual centre form (samleskjema), data-dictionary §6: one record per centre, offer and
 * year (S3:1021-1022), answered by the centre's leader. It describes the centre, not a person,
 * so it has no consent question, no case code, and its numbers are never suppressed. Its date is
 * a year: `report_year` is the form's `dateField` (lists filter on it, year locks apply to it).
 * A new year starts from the previous year's answers (the BFF's prefill), so only what changed
 * needs touching. Sections follow §6.1–6.14; the wording is S4's 2024 wording, earlier wordings
 * are kept on the options (`formerLabels`), retired options stay for the years that had them.
 */
export const centreYearForm = defineForm({
  key: 'centre_year',
  title: 'Årsskjema for krisesentertilbudet (samleskjema)',
  unit: { singular: 'årsskjema', plural: 'årsskjemaer' },
  table: 'centre_years',
  nationalSeriesOptions: true,
  dateField: 'report_year',
  listFields: [],
  sections: [
    {
      key: 'year',
      title: 'Tilbud og år',
      description:
        'Skjemaet fylles ut én gang i året for hvert tilbud (kvinner og menn). Svarene gjelder senteret, ikke enkeltpersoner, og har derfor ikke spørsmål om samtykke. Kryss av for alt tilbudet hadde i løpet av året.',
      fields: [
        offerField,
        {
          key: 'report_year',
          kind: 'integer',
          label: 'År',
          help: 'Året svarene gjelder.',
          bare: true,
          required: true,
          min: FIRST_CENTRE_YEAR,
          max: 'current_year',
          source: 'S3:1021-1022',
        },
      ],
    },
    organisationSection,
    residentsSection,
    proceduresSection,
    childrenSection,
    dayUsersSection,
    relativesSection,
    securitySection,
    policeSection,
    userParticipationSection,
    outreachSection,
    staffSection,
    cooperationSection,
    accessibilitySection,
    internalControlSection,
  ],
})

export type CentreYearForm = typeof centreYearForm
