import type { AdultStayForm, ChildStayForm, FormKey, IncomingCallForm, PhoneSessionForm, RecordValues, TurnedAwayForm } from '@ly/forms'
import type { FieldWeights, FormWeights, SharedWeights } from './types'

/**
 * Answer weights keyed by the dictionary's field and option keys, taken from the national
 * figures of data-dictionary §4 (IDs in the comments). A field or option not listed here is
 * drawn uniformly, so a new question needs no edit to appear in demo data. Shared keys hold the
 * day users' figures (the best-documented population); a form lists only where it differs.
 * Each object `satisfies` its definition's types (types.ts): a question or option it names must
 * exist on the form — or, for the shared weights, on every form that draws them.
 */

const menOffer = { field: 'offer', equals: 'men' } as const
const year = (v: RecordValues, key: string) => {
  const date = v[key]
  return typeof date === 'string' || typeof date === 'number' ? Number(String(date).slice(0, 4)) : 0
}
const age = (v: RecordValues) => (typeof v.age === 'number' ? v.age : 0)

const common = {
  // Men's offers: about 7 % of residents, 9–10 % of day users (S3:1263, 1293).
  offer: { options: { women: 92, men: 8 } },
  sex: [{ when: menOffer, options: { male: 97, other: 3, female: 0 } }, { options: { female: 98, male: 0.5, other: 1.5 } }],
  age: {
    bands: [
      [18, 29, 24],
      [30, 49, 62],
      [50, 75, 14],
    ],
  }, // D-10
  civil_status: {
    options: { single: 30, living_apart_together: 8, cohabitant: 15, married_registered_partner: 22, separated: 10, divorced: 9, widowed: 1, moved_from_cohabitant: 5 },
  }, // D-11: 37 % in a couple
  parents_born_abroad: { options: { both: 46, one: 8, none: 43, unknown: 3 } }, // D-12
  perpetrator_parents_born_abroad: { options: { both: 38, one: 8, none: 46, unknown: 8 } }, // B-09: lower than the victims'
  impairment: {
    options: {
      none: 71,
      reduced_mobility: 3.4,
      reduced_vision: 0.9,
      reduced_hearing: 0.9,
      cognitive: 6.1,
      mental_illness_diagnosed: 10.4,
      mental_illness_undiagnosed: 8.2,
      chronic_illness: 8.2,
      other: 5.7,
    },
  }, // B-02, D-13
  work_income: { options: { full_time_work: 33, part_time_work: 18, benefits_pension: 30, education: 14, job_seeker: 6, course: 4, homemaker: 5, other: 4 } }, // D-14
  municipality_affiliation: { options: { host_municipality: 67, contributing_municipality: 26, other_municipality: 6, none: 1 } }, // D-15
  interpreter: [
    { when: { field: 'parents_born_abroad', equals: 'both' }, options: { used: 16, needed_not_used: 4, not_needed: 80 } },
    { options: { used: 1, needed_not_used: 0.5, not_needed: 98.5 } },
  ], // D-24
  children_under_18_in_household: { yes: 54 }, // D-16
  brought_children: { yes: 18.5 }, // D-16: 10 % of all = 18.5 % of those with children
  children_brought_count: {
    bands: [
      [1, 1, 62],
      [2, 4, 38],
    ],
  },
  concern_report_to_child_welfare: { yes: 6 },
  contact_route: {
    options: {
      own_initiative: 58,
      family_friend_acquaintance: 20,
      other_crisis_centre: 2,
      police: 6,
      child_welfare: 5,
      gp_emergency_hospital: 5,
      mental_health_service: 5,
      school: 1,
      nav: 2,
      family_counselling_office: 1,
      health_visitor_station: 1,
      municipal_home_services: 0.5,
      sexual_assault_centre: 0.5,
      other_agency: 4,
    },
  }, // D-17
  prior_contact: { options: { none: 38, day_user: 32, phone: 35, resident: 29 } }, // D-06
  first_contact_year: {
    yearsAgo: true,
    bands: [
      [0, 0, 27],
      [1, 1, 29],
      [2, 5, 32],
      [6, 20, 13],
    ],
  }, // D-08
  previous_stays_count: {
    bands: [
      [1, 1, 75],
      [2, 2, 15],
      [3, 6, 10],
    ],
  }, // D-09
  violence_types: {
    options: {
      psychological: 92,
      physical: 57,
      threats: 52,
      material: 20,
      economic: 18,
      digital: 10,
      forced_marriage: 1,
      honour_based: 4,
      sexual_against_user: 24,
      physical_against_users_child: 4,
      psychological_against_users_child: 13,
      sexual_against_users_child: 1,
      human_trafficking: 1,
      negative_social_control: 12,
      other: 3,
    },
  }, // D-18
  violence_duration: { options: { single_incident: 7, past_year: 25, one_to_four_years: 36, five_years_or_more: 32, unknown: 5 } }, // B-06
  perpetrator_relation: {
    options: {
      current_spouse_cohabitant: 44,
      former_spouse_cohabitant: 41,
      boyfriend_girlfriend: 6,
      parents_stepparents: 8,
      siblings: 3,
      own_child: 2,
      other_family: 4,
      acquaintances: 5,
      unknown_persons: 2,
      other: 3,
    },
  }, // D-20
  perpetrator_sex: { options: { male: 80, female: 20 } }, // D-20
  perpetrator_count: { options: { one: 85, two_or_more: 15 } }, // D-20
  assistance: {
    options: {
      individual_conversation: 73,
      needs_assessment: 26,
      threat_assessment: 20,
      threat_assessment_by_centre: 18,
      threat_assessment_by_others: 4,
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
  }, // D-22
  agencies_before_visit: {
    options: {
      none: 25,
      police: 30,
      hospital_gp_emergency: 30,
      lawyer: 30,
      nav: 30,
      mental_health_service: 25,
      family_counselling_office: 25,
      child_welfare: 25,
      health_visitor_station: 10,
      housing_office: 5,
      substance_abuse_services: 3,
      refugee_service: 3,
      other: 5,
    },
  }, // D-23
  agencies_at_visit: {
    options: {
      none: 74,
      lawyer: 12,
      police: 8,
      nav: 6,
      hospital_gp_emergency: 3,
      mental_health_service: 3,
      family_counselling_office: 3,
      child_welfare: 4,
      health_visitor_station: 2,
      housing_office: 2,
      substance_abuse_services: 1,
      refugee_service: 1,
      other: 2,
    },
  }, // D-23
  visit_location: { options: { at_centre: 85, outside_centre: 15 } },
  // Free text: only phrases the sources themselves quote (S0:122, 142; S1:459-471), never anything personal.
  violence_other_text: { percent: 40, texts: ['stalking', 'latent vold', 'høyt konfliktnivå', 'trusler mot familiemedlemmer'] },
  assistance_other_text: { percent: 40, texts: ['kurstilbud', 'oppfølging og ettervern', 'praktisk hjelp'] },
  impairment_other_text: { percent: 30, texts: ['kroppslige smerter', 'utmattelse'] },
  interpreter_reason_text: { percent: 40, texts: ['besøket var uanmeldt', 'familie oversatte', 'snakket engelsk'] },
  contact_route_other_text: { percent: 30, texts: ['arbeidsgiver', 'barnehage'] },
  destination_other_text: { percent: 30, texts: ['bolig for gravide', 'midlertidig botilbud'] },
  no_report_reason_text: { percent: 30, texts: ['er for redd', 'usikker på konsekvenser', 'ønsker det ikke'] },
  discontinuation_reason_text: { percent: 40, texts: ['avstand', 'barnets sikkerhet'] },
} satisfies SharedWeights<typeof byForm>

const adultStay = {
  offer: { options: { women: 93, men: 7 } },
  age: {
    bands: [
      [18, 29, 31],
      [30, 39, 33],
      [40, 49, 20],
      [50, 59, 10],
      [60, 80, 6],
    ],
  }, // B-03
  civil_status: {
    options: { single: 18, living_apart_together: 3, cohabitant: 28, married_registered_partner: 38, separated: 5, divorced: 3, widowed: 1, moved_from_cohabitant: 4 },
  }, // B-13: 66 %
  parents_born_abroad: { options: { both: 64, one: 6, none: 27, unknown: 3 } }, // B-01
  work_income: { options: { full_time_work: 10, part_time_work: 13, benefits_pension: 60, education: 6, job_seeker: 8, course: 5, homemaker: 8, other: 4 } }, // B-12
  municipality_affiliation: { options: { host_municipality: 50, contributing_municipality: 25, other_municipality: 22, none: 3 } },
  previous_stays_count: {
    bands: [
      [0, 0, 75],
      [1, 1, 17],
      [2, 2, 4],
      [3, 4, 4],
    ],
  }, // 19 of 75
  contact_route: {
    options: {
      own_initiative: 17,
      family_friend_acquaintance: 18,
      other_crisis_centre: 15,
      police: 22,
      child_welfare: 10,
      gp_emergency_hospital: 5,
      mental_health_service: 3,
      school: 2,
      nav: 3,
      family_counselling_office: 1,
      health_visitor_station: 1,
      municipal_home_services: 1,
      sexual_assault_centre: 1,
      other_agency: 4,
    },
  }, // B-10
  agencies_before_stay: {
    options: {
      none: 15,
      police: 40,
      hospital_gp_emergency: 30,
      nav: 29,
      child_welfare: 26,
      mental_health_service: 18,
      lawyer: 13,
      family_counselling_office: 9,
      health_visitor_station: 5,
      housing_office: 5,
      substance_abuse_services: 4,
      refugee_service: 5,
      other: 6,
    },
  }, // B-11
  agencies_during_stay: {
    options: {
      none: 25,
      police: 35,
      lawyer: 30,
      nav: 45,
      child_welfare: 30,
      hospital_gp_emergency: 20,
      mental_health_service: 12,
      family_counselling_office: 10,
      housing_office: 25,
      health_visitor_station: 5,
      substance_abuse_services: 3,
      refugee_service: 5,
      other: 8,
    },
  }, // S0:166: 75 %
  violence_types: {
    options: {
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
      negative_social_control: 8,
      other: 6,
    },
  }, // B-04 (2018)
  perpetrator_relation: {
    options: {
      current_spouse_cohabitant: 40,
      former_spouse_cohabitant: 26,
      boyfriend_girlfriend: 8,
      parents_stepparents: 16,
      siblings: 4,
      own_child: 2,
      other_family: 6,
      acquaintances: 5,
      unknown_persons: 2,
      other: 3,
    },
  }, // B-07
  perpetrator_sex: { options: { male: 96, female: 10 } }, // B-08
  rosa_case: { yes: 40 },
  has_pet: { yes: 20 },
  delayed_help_due_to_pet: { yes: 20 }, // S2:61-63
  assistance: {
    options: {
      intake_conversation: 98,
      needs_assessment: 77,
      threat_assessment: 71,
      threat_assessment_by_centre: 73,
      threat_assessment_by_others: 27,
      plan_during_stay: 60,
      primary_contact: 81,
      individual_conversations: 87,
      help_contacting_services: 60,
      attending_meetings_with_services: 36,
      responsibility_group: 4,
      individual_plan_cooperation: 1,
      lawyer_assistance: 24,
      help_finding_housing: 17,
      accompany_house_viewing: 8,
      help_moving: 15,
      help_child_contact_handover: 3,
      practical_help: 38,
      childcare: 20,
      leisure_by_centre: 35,
      leisure_by_others: 9,
      plan_after_stay: 22,
      parenting_group: 4,
      other_group: 2,
      other: 2,
    },
  }, // O-01, O-02
  individual_plan: { yes: 2.6 }, // O-03
  police_report: { options: { reported_by_self: 20, public_prosecution: 5, reported_by_others: 3, does_not_want_to_report: 60, undecided_unknown: 12 } }, // O-05
  destination_after_stay: {
    options: {
      own_home_without_perpetrator: 23,
      new_other_home: 26,
      back_to_perpetrator: 15,
      relatives_friends: 12,
      transitional_housing: 2,
      other_crisis_centre: 5,
      institution: 2,
      refugee_service: 1,
      unknown: 4,
      other_place: 12,
    },
  }, // O-04 (2018)
} satisfies FormWeights<AdultStayForm>

const childStay = {
  sex: { options: { girl: 49, boy: 49, other: 2 } }, // C-02
  age: {
    bands: [
      [0, 2, 25],
      [3, 5, 22],
      [6, 10, 30],
      [11, 15, 18],
      [16, 17, 5],
    ],
  }, // C-01: mean 7
  parents_born_abroad: { options: { both: 62, one: 17, none: 19, unknown: 2 } }, // C-03
  previous_stays_count: {
    bands: [
      [0, 0, 86],
      [1, 1, 8],
      [2, 3, 6],
    ],
  }, // C-04
  impairment: {
    options: {
      none: 92,
      reduced_mobility: 0.7,
      reduced_vision: 0.5,
      reduced_hearing: 0.3,
      cognitive: 2.3,
      mental_illness_diagnosed: 0.7,
      mental_illness_undiagnosed: 1.3,
      chronic_illness: 1.7,
      other: 3.1,
    },
  }, // C-05
  perpetrator_relation: { options: { father: 80, stepfather: 9, mother: 6, stepmother: 1, grandparents: 5, siblings: 2, unknown_persons: 3, other: 3 } }, // C-10
  daycare_school_status: [
    { when: (v) => age(v) <= 5, options: { kindergarten: 55, neither_under_school_age: 45, school: 0, not_enrolled: 0 } },
    { options: { school: 95, not_enrolled: 5, kindergarten: 0, neither_under_school_age: 0 } },
  ], // C-07
  daycare_school_continued: { options: { continued: 50, partly: 20, not_continued: 30 } }, // C-07
  organised_leisure: { yes: 15 }, // C-08
  organised_leisure_continued: { options: { continued: 50, partly: 30, not_continued: 20 } },
  contact_with_perpetrator_during_stay: { yes: 24 }, // C-09
  child_welfare_already_involved: { yes: 55 }, // C-11
  child_welfare_contact_established: { yes: 43 },
  concern_report_sent: { yes: 50 },
  assistance: {
    options: {
      welcome_conversation: 70,
      needs_assessment: 58,
      threat_assessment: 59,
      threat_assessment_by_centre: 51,
      threat_assessment_by_others: 18,
      plan_during_stay: 52,
      primary_contact: 81,
      conversation_without_parent: 44,
      conversation_with_parent: 38,
      kindergarten: 5,
      school_offer: 5,
      transport_to_school: 15,
      cooperation_school: 20,
      groups_for_children: 16,
      leisure_by_centre: 48,
      leisure_by_others: 17,
      responsibility_group: 2,
      other: 8,
      none: 4,
    },
  }, // C-06 (2018)
  destination_after_stay: {
    options: {
      own_home_without_perpetrator: 30,
      new_other_home: 28,
      back_to_perpetrator: 15,
      relatives_friends: 6,
      transitional_housing: 2,
      other_crisis_centre: 5,
      child_welfare_measure: 2,
      refugee_service: 1,
      unknown: 1,
      other_place: 10,
    },
  }, // C-12
} satisfies FormWeights<ChildStayForm>

const phoneSession = {
  offer: { options: { women: 88, men: 12 } }, // P-03: 447 of 3 699
  channel: { options: { phone: 90, video: 10 } },
  // P-02: 22 % infection control in 2021; it fades after the pandemic years [inferred].
  reason_by_phone: [
    { when: (v) => year(v, 'session_date') <= 2022, options: { infection_control: 22, distance: 20, other: 58 } },
    { options: { infection_control: 3, distance: 30, other: 67 } },
  ],
  prior_contact: { options: { none: 51, day_user: 33, resident: 23, phone: 22 } }, // P-05
  first_contact_year: {
    yearsAgo: true,
    bands: [
      [0, 0, 29],
      [1, 1, 34],
      [2, 5, 27],
      [6, 20, 9],
    ],
  }, // P-05
  previous_stays_count: {
    bands: [
      [1, 1, 76],
      [2, 2, 15],
      [3, 6, 10],
    ],
  }, // P-05
} satisfies FormWeights<PhoneSessionForm>

const incomingCall = {
  offer: { options: { women: 94, men: 6 } },
  in_scope: { yes: 88 }, // S1:49-60: administrative calls come in on the same line [inferred share]
  caller_type: {
    options: { woman_private: 32, man_private: 6, child_welfare: 14, police: 10, nav: 10, other_crisis_centre: 6, health_services: 6, other_agencies_orgs: 12, lawyer: 4 },
  }, // T-01c
  is_crisis_call: { yes: 17 }, // T-01b: 1/6
  on_behalf_of_self: { yes: 50 }, // T-01d
  call_reason: { options: { violence: 25, guidance: 25, case_follow_up: 50 } }, // T-01e
  minority_language_background: { yes: 50 }, // T-01f
} satisfies FormWeights<IncomingCallForm>

// Turned-away requests (issue 22): no register counts them, so every weight here is [inferred]
// from S3's account — capacity is the main reason (S3:179-186, 1685), referral to another centre
// and an extra bed the usual answers (S3:1703-1706, 1787-1790).
const turnedAway = {
  offer: { options: { women: 85, men: 15 } },
  requester: { missing: 0, options: { person: 40, police: 20, child_welfare: 10, health_service: 10, other_service: 12, other: 8 } },
  reason: { missing: 0, options: { house_full: 78, outside_target_group: 12, needs_other_service_first: 10 } },
  action_taken: { missing: 0, options: { referred_other_centre: 60, extra_bed: 25, municipal_emergency_housing: 10, other_help: 15, nothing: 4 } },
  children_count: { missing: 0, options: { '0': 52, '1': 22, '2': 15, '3': 7, '4_or_more': 4 } },
} satisfies FormWeights<TurnedAwayForm>

const byForm = {
  adult_stay: adultStay,
  child_stay: childStay,
  phone_session: phoneSession,
  incoming_call: incomingCall,
  turned_away: turnedAway,
} satisfies { readonly [K in FormKey]?: object }

/** As the generator reads them: by the keys of the definition it walks (generate-values.ts). */
export const answerWeights: { readonly common: FieldWeights; readonly byForm: Readonly<Record<string, FieldWeights | undefined>> } = { common, byForm }
