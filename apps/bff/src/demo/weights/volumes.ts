import type { AdultStayForm, FieldKey, FieldKeyOfKind, FormKey } from '@ly/forms'
import type { BandWeight } from './types'

/**
 * How many records a year, spread over persons and months, keyed by form key. A form not listed
 * gets `DEFAULT_VOLUME`, so a new form shows up in demo data without an edit here.
 */
export interface FormVolume {
  /** Records a year at a mid-size centre (S1 Sarpsborg 2016). */
  readonly centre: number
  /** Records a year in the whole country (S3, S0), for the national benchmark database. */
  readonly national: number
  /** Mean records per person and year (R-04/R-01, D-03, P-04); 1 for forms that count no persons. */
  readonly perPerson: number
  /** Relative weight of each month, January first (uniform when absent). */
  readonly months?: readonly number[]
  /** Days between a person's records in the year [min, max]. */
  readonly gapDays?: readonly [number, number]
  /** The first year the form was in use. */
  readonly since?: number
}

export const volumes: Readonly<Record<string, FormVolume>> = {
  // 75 residents, 2 475 stays / 2 000 residents nationally; move-ins dip at Christmas.
  adult_stay: { centre: 90, national: 2475, perPerson: 1.2, gapDays: [14, 120], months: [8, 7, 8, 8, 9, 9, 10, 9, 9, 8, 8, 7] },
  // Child stays come from the adults' stays (`children` below); these figures are only a fallback.
  child_stay: { centre: 55, national: 1958, perPerson: 1 },
  // ~100 conversations (D-05: 106), 8 000 visits nationally (D-02), 3.13 visits per day user (D-03); most in February and March (D-04).
  day_visit: { centre: 100, national: 8000, perPerson: 3.1, gapDays: [5, 45], months: [9, 11, 11, 9, 9, 8, 6, 7, 9, 7, 8, 6] },
  // "A few hundred" a year at a mid-size centre, 8 807 nationally (P-01), 2.38 per phone user (P-04); since 2020 (S0:44).
  phone_session: { centre: 300, national: 9000, perPerson: 2.4, gapDays: [3, 40], since: 2020 },
  // 899 in-scope calls (T-01a); peaks in July, September and January (T-01g). National: [inferred], a Sarpsborg-like log at every centre.
  incoming_call: { centre: 950, national: 20000, perPerson: 1, months: [10, 7, 8, 8, 8, 8, 11, 8, 10, 8, 8, 6] },
  // Turned-away requests (issue 22) [inferred]: S3:1685-1706 says it happens at most centres, more
  // in winter at the big ones; no register gives a number, so a couple a month at a mid-size centre.
  turned_away: { centre: 24, national: 1000, perPerson: 1, months: [11, 10, 9, 8, 8, 7, 7, 7, 8, 8, 8, 9] },
} satisfies { readonly [K in FormKey]?: FormVolume }

export const DEFAULT_VOLUME: FormVolume = { centre: 100, national: 3000, perPerson: 1 }

/** Persons and their records (decisions 1 and 3). */
export const persons = {
  /** Consent to statistics, per person (D-05: 102 of 106). */
  consentPercent: 96,
  /** Persons given a case code: most who come back, some who come once. */
  caseCodePercentRepeat: 75,
  caseCodePercentOnce: 25,
  /** Answers that stay the same for a person through the year, besides the `carryOver` ones. */
  stableFields: ['offer', 'age'] satisfies readonly FieldKey<FormKey>[],
}

/** Stay lengths: median 12 nights, mean about 28, log-normal; a few long ones. */
export const stays = { medianNights: 12, sigma: 1.3, maxNights: 330 }

/**
 * Records of a form with a parent (children on an adult's stay): how many come with each parent
 * person (R-12: 44 % bring children; 0.8 child stays per adult stay nationally, R-05), and which
 * of the parent's answers must agree with that number (dictionary keys).
 */
export const children = {
  perParent: {
    bands: [
      [0, 0, 56],
      [1, 1, 25],
      [2, 2, 12],
      [3, 3, 5],
      [4, 5, 2],
    ],
  } satisfies BandWeight,
  /** Percent of children who arrive a few days after the adult, or stay home on a repeat stay. */
  lateArrivalPercent: 10,
  absentOnRepeatPercent: 15,
  parentFacts: { flag: 'brought_children', count: 'children_brought_count' } satisfies {
    readonly flag: FieldKeyOfKind<AdultStayForm, 'boolean'>
    readonly count: FieldKeyOfKind<AdultStayForm, 'integer'>
  },
}
