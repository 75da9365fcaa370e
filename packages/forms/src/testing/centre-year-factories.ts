import type { FormInput } from '../derive/schema'
import type { CentreYearForm } from '../definitions/centre-year'

/**
 * A valid annual form for the women's offer, built from the definition's own keys. The answers
 * are invented — they describe no real centre.
 */
export function centreYearInput(overrides: FormInput<CentreYearForm> = {}): FormInput<CentreYearForm> {
  return {
    offer: 'women',
    report_year: 2025,
    organisation_form: 'inter_municipal_company',
    user_facing_fte: 9,
    fixed_beds: 8,
    round_the_clock_staffing: 'round_the_clock',
    residential_offer_full: 'yes_several',
    action_when_full: ['extra_bed', 'contact_other_centres'],
    residents_offers: [
      'intake_conversation',
      'needs_assessment',
      'threat_assessment_by_centre',
      'individual_conversations',
      'help_contacting_services',
      'responsibility_group',
      'parenting_group',
    ],
    residents_procedures: ['intake_conversation', 'protection_needs_assessment'],
    children_offers: ['welcome_conversation', 'school_offer'],
    children_procedures: ['welcome_conversation'],
    day_user_offers: ['individual_conversation', 'help_contacting_services'],
    relatives_offers: ['individual_conversations'],
    security_measures: ['door_intercom', 'entrance_camera', 'confidentiality_declaration'],
    police_assessed_buildings_security: true,
    police_assessment_written: false,
    has_feedback_routines: true,
    feedback_methods: ['evaluation_form'],
    outreach: ['facebook', 'other_social_media'],
    has_website: true,
    website_other_languages: true,
    special_competence: ['minority_background'],
    child_responsible_staff: true,
    participates_in_municipal_fora: false,
    case_cooperation_with: ['nav', 'police'],
    internal_control_conducted: false,
    ...overrides,
  }
}
