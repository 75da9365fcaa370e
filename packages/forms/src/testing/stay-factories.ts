import type { AdultStayForm } from '../definitions/adult-stay'
import type { ChildStayForm } from '../definitions/child-stay'
import type { FormInput } from '../derive/schema'

/**
 * Valid stays built from the definitions' own keys. The answers are invented categories — no
 * real person is behind them. Dates sit in early 2026, before the tests' clock (2026-03-02).
 */
export function adultStayInput(overrides: FormInput<AdultStayForm> = {}): FormInput<AdultStayForm> {
  return {
    consent_to_statistics: true,
    offer: 'women',
    stay_start_date: '2026-02-01',
    first_stay_in_year: 'yes',
    sex: 'female',
    age: 34,
    civil_status: 'married_registered_partner',
    parents_born_abroad: 'none',
    impairment: ['none'],
    work_income: ['part_time_work'],
    municipality_affiliation: 'host_municipality',
    interpreter: 'not_needed',
    previous_stays_count: 0,
    brought_children: true,
    children_brought_count: 2,
    contact_route: 'police',
    agencies_before_stay: ['police', 'child_welfare'],
    violence_types: ['psychological', 'physical'],
    violence_duration: 'five_years_or_more',
    perpetrator_relation: ['current_spouse_cohabitant'],
    perpetrator_sex: ['male'],
    perpetrator_parents_born_abroad: 'none',
    perpetrator_count: 'one',
    has_pet: false,
    ...overrides,
  }
}

/** The end-of-stay answers that complete an adult's stay. */
export const adultCheckOut = (stay_end_date: string): FormInput<AdultStayForm> => ({
  stay_end_date,
  assistance: ['intake_conversation', 'threat_assessment_by_centre', 'help_finding_housing'],
  agencies_during_stay: ['nav'],
  individual_plan: false,
  police_report: 'reported_by_self',
  destination_after_stay: 'new_other_home',
})

export const bareAdultStayInput = (overrides: FormInput<AdultStayForm> = {}): FormInput<AdultStayForm> => ({
  consent_to_statistics: false,
  offer: 'women',
  stay_start_date: '2026-02-01',
  ...overrides,
})

export function childStayInput(overrides: FormInput<ChildStayForm> = {}): FormInput<ChildStayForm> {
  return {
    consent_to_statistics: true,
    offer: 'women',
    stay_start_date: '2026-02-01',
    first_stay_in_year: 'yes',
    sex: 'girl',
    age: 7,
    parents_born_abroad: 'none',
    previous_stays_count: 0,
    impairment: ['none'],
    perpetrator_relation: ['father'],
    daycare_school_status: 'school',
    organised_leisure: true,
    child_welfare_already_involved: false,
    ...overrides,
  }
}

/** The end-of-stay answers that complete a child's stay. */
export const childCheckOut = (stay_end_date: string): FormInput<ChildStayForm> => ({
  stay_end_date,
  contact_with_perpetrator_during_stay: false,
  daycare_school_continued: 'partly',
  discontinuation_reason_text: 'Lang reisevei',
  organised_leisure_continued: 'not_continued',
  assistance: ['welcome_conversation', 'conversation_without_parent'],
  child_welfare_contact_established: true,
  concern_report_sent: false,
  destination_after_stay: 'new_other_home',
})

export const bareChildStayInput = (overrides: FormInput<ChildStayForm> = {}): FormInput<ChildStayForm> => ({
  consent_to_statistics: false,
  offer: 'women',
  stay_start_date: '2026-02-01',
  ...overrides,
})
