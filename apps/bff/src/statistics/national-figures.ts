import { offerKeys, type OfferKey } from '@ly/forms'
/**
 * National figures from the sources, shown beside the centre's own where the sources give
 * the same indicator (issue 6 §3; the yearly report reuses them). One place, each figure with
 * its year and source lines; nothing national is written anywhere else in code.
 * `value` is in the indicator's own unit (a count, a percentage, a mean, a ratio);
 * `categories` are percentages unless the indicator is a count.
 */
export interface NationalFigure {
  indicator: string
  year: number
  value?: number
  categories?: Record<string, number>
  source: string
  /** Why the figure is not exactly the same measure, when it is not. */
  note?: string
  /** Counts the source gives only as a span ("mellom 40 og 42 sentre"), by category. */
  ranges?: Record<string, readonly [number, number]>
}

/**
 * The annual centre form's national counts (S4, 2024), beside a centre's own answers in the
 * report (statistics/centre-indicators.ts defines the ids). `value` is the number of centres
 * with the offer (S4:9: 43 with a women's offer, 42 of them with a men's residential offer);
 * `categories` count the centres with each answer (option keys; `yes` for a yes/no question,
 * `any` for "at least one"). Only what S4 states as a number is here: "nesten alle" is not.
 */
const S4_YEAR = 2024
const S4_CENTRES = { women: 43, men: 42 } as const
const centres = (id: string, offer: OfferKey, categories: Record<string, number>, source: string, extra: Pick<NationalFigure, 'note' | 'ranges'> = {}): NationalFigure => ({
  indicator: `${id}-${offer}`,
  year: S4_YEAR,
  value: S4_CENTRES[offer],
  categories,
  source,
  ...extra,
})
const span = (keys: readonly string[], from: number, to: number) => Object.fromEntries(keys.map((k) => [k, [from, to] as const]))
const everyCentre = (keys: readonly string[], offer: OfferKey) => Object.fromEntries(keys.map((k) => [k, S4_CENTRES[offer]]))
const childrenTogether = 'S4:85 gir tallene for barn samlet for tilbudene til kvinner og menn.'

export const nationalFigures: readonly NationalFigure[] = [
  // Day users and visits (S0, 2021)
  { indicator: 'D-01', year: 2021, value: 2538, categories: { female: 2318, male: 204 }, source: 'S0:5-7, 24' },
  { indicator: 'D-02', year: 2021, value: 7942, source: 'S0:26' },
  { indicator: 'D-03', year: 2021, value: 3.13, source: 'S0:24-26', note: 'Beregnet: 7 942 / 2 538.' },
  { indicator: 'D-06', year: 2021, value: 62, categories: { day_user: 32, phone: 35, resident: 29 }, source: 'S0:30-34' },
  { indicator: 'D-07', year: 2021, value: 44, source: 'S0:36' },
  { indicator: 'D-08', year: 2021, categories: { this_year: 27, last_year: 29, '2_5_years': 32, more_than_5_years: 13 }, source: 'S0:38' },
  { indicator: 'D-09', year: 2021, categories: { '1': 75, '2': 15, '3_or_more': 10 }, source: 'S0:40' },
  { indicator: 'D-10', year: 2021, value: 38, categories: { under_30: 24, '30_49': 62, '50_plus': 14 }, source: 'S0:60-62' },
  { indicator: 'D-11', year: 2021, value: 37, source: 'S0:66' },
  { indicator: 'D-12', year: 2021, value: 46, source: 'S0:72' },
  { indicator: 'D-13', year: 2021, value: 29, source: 'S0:80' },
  { indicator: 'D-14', year: 2021, value: 51, categories: { full_time_work: 33, part_time_work: 18, benefits_pension: 30, education: 14 }, source: 'S0:88' },
  { indicator: 'D-15', year: 2021, categories: { host_municipality: 67, contributing_municipality: 26, other_municipality: 6, none: 1 }, source: 'S0:94' },
  { indicator: 'D-16a', year: 2021, value: 54, source: 'S0:98' },
  { indicator: 'D-16b', year: 2021, value: 10, source: 'S0:98' },
  { indicator: 'D-16c', year: 2021, categories: { '1': 62, '2_or_more': 38 }, source: 'S0:98' },
  { indicator: 'D-16d', year: 2021, value: 6, source: 'S0:100' },
  { indicator: 'D-18', year: 2021, categories: { psychological: 92, physical: 57, digital: 10, sexual_against_user: 24, other: 3 }, source: 'S0:114-122' },
  {
    indicator: 'D-21',
    year: 2021,
    categories: {
      individual_conversation: 88,
      needs_assessment: 50,
      threat_assessment_either: 38,
      threat_assessment_by_centre: 38,
      threat_assessment_by_others: 9,
      help_contacting_services: 19,
      offered_residence: 15,
      other: 8,
    },
    source: 'S0:138-142',
  },
  {
    indicator: 'D-22',
    year: 2018,
    categories: {
      individual_conversation: 73,
      needs_assessment: 26,
      threat_assessment: 20,
      help_contacting_services: 16,
      attending_meetings_with_services: 6,
      lawyer_assistance: 4,
      leisure_by_centre: 3,
      leisure_by_others: 1,
      home_follow_up: 3,
      offer_for_children: 4,
      offered_residence: 7,
      parenting_group: 4,
      other_group: 3,
      other: 17,
    },
    source: 'S3:5935-5975',
    note: 'Før delingen av trusselkartlegging i 2021.',
  },
  { indicator: 'D-24', year: 2021, categories: { used: 16, needed_not_used: 4 }, source: 'S0:335' },
  // Phone conversations (S0, 2021)
  { indicator: 'P-01', year: 2021, value: 8807, source: 'S0:46' },
  { indicator: 'P-02', year: 2021, categories: { infection_control: 22, distance: 20, other: 58 }, source: 'S0:46' },
  { indicator: 'P-03', year: 2021, value: 3699, categories: { female: 3219, male: 447 }, source: 'S0:48' },
  { indicator: 'P-04', year: 2021, value: 2.38, source: 'S0:46-48', note: 'Beregnet: 8 807 / 3 699.' },
  { indicator: 'P-05', year: 2021, value: 49, categories: { day_user: 33, resident: 23, phone: 22 }, source: 'S0:50' },
  // Residents (S2 2020, S3 2018, S0 2021)
  { indicator: 'R-01', year: 2020, value: 1668, categories: { male: 137 }, source: 'S2:5-7, 35' },
  { indicator: 'R-02', year: 2020, value: 1258, source: 'S2:9-11' },
  { indicator: 'R-04', year: 2018, value: 2475, source: 'S3:7080' },
  { indicator: 'R-05', year: 2018, value: 1958, source: 'S3:1328' },
  { indicator: 'R-06', year: 2018, value: 69396, source: 'S3:7080' },
  { indicator: 'R-08', year: 2020, value: 27, source: 'S2:23' },
  { indicator: 'B-01', year: 2021, value: 65, source: 'S0:74' },
  { indicator: 'B-02', year: 2018, value: 28, source: 'S3:1336-1338' },
  { indicator: 'B-03', year: 2021, value: 36, source: 'S0:60', note: 'Gjennomsnittsalder.' },
  {
    indicator: 'B-04',
    year: 2018,
    categories: {
      psychological: 86,
      physical: 64,
      threats: 61,
      material: 22,
      economic: 21,
      digital: 6,
      forced_marriage: 2,
      honour_based: 7,
      sexual_against_user: 13,
      physical_against_users_child: 6,
      psychological_against_users_child: 10,
      sexual_against_users_child: 2,
      human_trafficking: 2,
      other: 6,
    },
    source: 'S3:1366-1394',
  },
  { indicator: 'B-11', year: 2018, categories: { police: 40, hospital_gp_emergency: 30, nav: 29, child_welfare: 26, mental_health_service: 18 }, source: 'S3:1405-1410' },
  { indicator: 'B-12', year: 2021, value: 36, source: 'S0:88', note: 'Andel yrkesaktive.' },
  { indicator: 'B-13', year: 2021, value: 66, source: 'S0:68' },
  // Stays (S3 2018, S4 2024)
  {
    indicator: 'O-01',
    year: 2024,
    categories: {
      intake_conversation: 98,
      threat_assessment_either: 75,
      threat_assessment_by_centre: 73,
      threat_assessment_by_others: 27,
      needs_assessment: 82,
      plan_during_stay: 63,
      plan_after_stay: 30,
    },
    source: 'S4:66',
  },
  { indicator: 'O-03', year: 2018, value: 2.6, source: 'S3:6004-6009' },
  {
    indicator: 'O-04',
    year: 2018,
    categories: {
      own_home_without_perpetrator: 23,
      new_other_home: 26,
      back_to_perpetrator: 15,
      relatives_friends: 12,
      transitional_housing: 2,
      other_crisis_centre: 5,
      institution: 2,
      refugee_service: 0,
      unknown: 4,
      other_place: 12,
    },
    source: 'S3:6749-6774',
  },
  // Children (S3 2018, S2 2020, S4 2024)
  { indicator: 'C-01', year: 2018, value: 7, source: 'S3:2160-2161', note: 'Gjennomsnittsalder.' },
  { indicator: 'C-03', year: 2018, categories: { both: 62, one: 17, none: 19 }, source: 'S3:2173-2175' },
  { indicator: 'C-04', year: 2018, value: 14, source: 'S3:1329' },
  { indicator: 'C-05', year: 2018, value: 8, source: 'S3:2180' },
  { indicator: 'C-06', year: 2024, categories: { welcome_conversation: 65, threat_assessment_either: 53, needs_assessment: 53, plan_during_stay: 45 }, source: 'S4:112' },
  { indicator: 'C-11a', year: 2020, value: 43, source: 'S2:31', note: 'Kontakt med barnevernet opprettet, andel av barns opphold.' },
  {
    indicator: 'C-12',
    year: 2018,
    categories: {
      own_home_without_perpetrator: 30,
      new_other_home: 28,
      back_to_perpetrator: 15,
      relatives_friends: 6,
      transitional_housing: 2,
      other_crisis_centre: 5,
      child_welfare_measure: 2,
      refugee_service: 0,
      unknown: 1,
      other_place: 10,
    },
    source: 'S3:6222-6245',
  },
  // The annual centre form (S4, 2024)
  { indicator: 'K-05', year: S4_YEAR, value: 43, categories: { women: 43, men: 42 }, source: 'S4:9', note: 'Krisesentre med tilbud til kvinner, og av dem med botilbud til menn.' },
  { indicator: 'K-26-men', year: S4_YEAR, value: 42, categories: { own_premises: 13, same_building_separate: 24, temporary: 5 }, source: 'S4:11-12' },
  centres(
    'K-10',
    'women',
    {
      ...everyCentre(
        [
          'intake_conversation',
          'needs_assessment',
          'threat_assessment_by_centre',
          'individual_conversations',
          'help_contacting_services',
          'attending_meetings_with_services',
          'practical_help',
        ],
        'women',
      ),
      parenting_group: 13,
    },
    'S4:29-31',
    {
      ranges: span(['plan_during_stay', 'primary_contact', 'responsibility_group', 'help_finding_housing', 'plan_after_stay'], 40, 42),
    },
  ),
  centres(
    'K-10',
    'men',
    everyCentre(['intake_conversation', 'threat_assessment_by_centre', 'individual_conversations', 'help_contacting_services', 'attending_meetings_with_services'], 'men'),
    'S4:37',
    {
      ranges: span(['needs_assessment', 'plan_during_stay', 'practical_help'], 40, 41),
    },
  ),
  centres('K-11', 'women', { intake_conversation: 43, protection_needs_assessment: 43, follow_up_after_stay: 37 }, 'S4:62-64'),
  centres('K-11', 'men', { intake_conversation: 42, protection_needs_assessment: 42, follow_up_after_stay: 33 }, 'S4:62-64'),
  ...offerKeys.map((offer) =>
    centres('K-12', offer, { welcome_conversation: S4_CENTRES[offer] }, 'S4:85', {
      ranges: span(
        ['needs_assessment', 'threat_assessment_by_centre', 'threat_assessment_by_others', 'conversation_without_parent', 'conversation_with_parent', 'cooperation_school'],
        40,
        42,
      ),
      note: childrenTogether,
    }),
  ),
  centres('K-13', 'women', { welcome_conversation: 40 }, 'S4:108'),
  centres('K-13', 'men', { welcome_conversation: 39 }, 'S4:108'),
  centres(
    'K-14',
    'women',
    {
      individual_conversation: 43,
      help_contacting_services: 43,
      needs_assessment: 42,
      threat_assessment_by_centre: 42,
      threat_assessment_by_others: 37,
      leisure_by_centre: 35,
      leisure_by_others: 27,
      parenting_group: 14,
    },
    'S4:145-149',
  ),
  centres(
    'K-14',
    'men',
    {
      individual_conversation: 42,
      help_contacting_services: 42,
      needs_assessment: 42,
      threat_assessment_by_centre: 42,
      threat_assessment_by_others: 32,
      leisure_by_centre: 27,
      leisure_by_others: 23,
      parenting_group: 10,
    },
    'S4:145-149',
  ),
  centres('K-15', 'women', { needs_and_protection_assessment: 40, follow_up: 37 }, 'S4:172-174'),
  centres('K-15', 'men', { needs_and_protection_assessment: 38, follow_up: 37 }, 'S4:172-174'),
  centres('K-16', 'women', { any: 38 }, 'S4:191'),
  centres('K-16', 'men', { any: 36 }, 'S4:191'),
  centres('K-17', 'women', { entrance_camera: 43, other_security: 10 }, 'S4:220, 224'),
  centres('K-17', 'men', { other_security: 5 }, 'S4:224'),
  centres('K-18', 'women', { yes: 30 }, 'S4:245'),
  centres('K-18', 'men', { yes: 22 }, 'S4:245'),
  centres('K-19', 'women', { yes: 11 }, 'S4:245', { note: 'Av sentrene med politivurdering.' }),
  centres('K-19', 'men', { yes: 9 }, 'S4:245', { note: 'Av sentrene med politivurdering.' }),
  centres('K-20', 'women', { yes: 38 }, 'S4:264'),
  centres('K-20', 'men', { yes: 37 }, 'S4:264'),
  // Outreach is counted per centre, not per offer (S4:276 "Antall.").
  { indicator: 'K-21', year: S4_YEAR, value: 43, categories: { none: 0 }, source: 'S4:287' },
  { indicator: 'K-22', year: S4_YEAR, value: 43, categories: { higher_education: 22, upper_secondary: 21, primary_lower_secondary: 15 }, source: 'S4:293' },
  { indicator: 'K-23', year: S4_YEAR, value: 43, categories: { yes: 38 }, source: 'S4:295' },
  { indicator: 'K-24', year: S4_YEAR, value: 43, categories: { yes: 26 }, source: 'S4:295', note: 'Av sentrene med egen nettside.' },
  { indicator: 'K-25', year: S4_YEAR, value: 43, categories: { yes: 12 }, source: 'S4:295', note: 'Av sentrene med egen nettside.' },
]

export const nationalFigureFor = (indicator: string) => nationalFigures.find((f) => f.indicator === indicator)
