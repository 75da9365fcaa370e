import type { FormInput } from '../derive/schema'
import type { DayVisitForm } from '../definitions/day-visit'

/**
 * A valid, consenting day visit built from the definition's own keys. The answers are
 * invented categories — no real person is behind them.
 */
export function dayVisitInput(overrides: FormInput<DayVisitForm> = {}): FormInput<DayVisitForm> {
  return {
    consent_to_statistics: true,
    offer: 'women',
    visit_date: '2026-03-02',
    visit_location: 'at_centre',
    first_visit_in_year: 'yes',
    sex: 'female',
    age: 34,
    civil_status: 'separated',
    parents_born_abroad: 'none',
    impairment: ['none'],
    work_income: ['part_time_work'],
    municipality_affiliation: 'host_municipality',
    children_under_18_in_household: true,
    brought_children: true,
    children_brought_count: 2,
    concern_report_to_child_welfare: false,
    contact_route: 'police',
    prior_contact: ['day_user'],
    first_contact_year: 2024,
    violence_types: ['psychological', 'threats'],
    perpetrator_relation: ['former_spouse_cohabitant'],
    perpetrator_sex: ['male'],
    perpetrator_count: 'one',
    assistance: ['individual_conversation', 'threat_assessment_by_centre'],
    agencies_before_visit: ['police'],
    agencies_at_visit: [],
    ...overrides,
  }
}

/** The bare event: what is stored when the person says no. */
export const bareDayVisitInput = (overrides: FormInput<DayVisitForm> = {}): FormInput<DayVisitForm> => ({
  consent_to_statistics: false,
  offer: 'women',
  visit_date: '2026-03-02',
  ...overrides,
})
