/**
 * What Sarpsborg krisesenter published about 2016 (S1, /work/shared/domain/sources), each
 * figure with the S1 lines it is printed on: the ONE source of both the fixture's records
 * (generate.ts) and the Sarpsborg test's expectations (sarpsborg-2016.test.ts). Nothing here
 * comes from Ly's output. Percentages are S1's whole (or one-decimal) percent as printed.
 */
export interface Published<T> {
  value: T
  /** S1 lines, as `S1:221-223`. */
  source: string
}

const at = <T>(value: T, source: string): Published<T> => ({ value, source })

export const S1 = {
  // Figur 4, the one series S1 prints in full (S1:227-235).
  residents: {
    women: at({ 2010: 78, 2011: 53, 2012: 60, 2013: 62, 2014: 61, 2015: 59, 2016: 73 }, 'S1:229'),
    children: at({ 2010: 64, 2011: 61, 2012: 59, 2013: 56, 2014: 42, 2015: 39, 2016: 47 }, 'S1:231'),
    men: at({ 2010: 0, 2011: 0, 2012: 0, 2013: 0, 2014: 3, 2015: 0, 2016: 2 }, 'S1:233'),
    total: at({ 2010: 142, 2011: 114, 2012: 119, 2013: 118, 2014: 106, 2015: 98, 2016: 122 }, 'S1:235'),
    adults2016: at(75, 'S1:221'),
  },
  rosa: at(2, 'S1:173'),
  previousStaysAdults: at({ 1: 13, 2: 2, 3: 2, 4: 2 }, 'S1:242-246'),
  // Figur 5: the named groups add up to 76 %; the rest is read as 50–59 (data-dictionary §7.1 Q11).
  adultAge: at({ '18_29': 23, '30_39': 33, '40_49': 14, '60_plus': 6 }, 'S1:251-253'),
  broughtChildren: at({ 2014: 46, 2015: 40, 2016: 44 }, 'S1:264-266'),
  parentsStepparents: at(16, 'S1:272-273'),
  partnersCombined: at(72, 'S1:270-272'),
  perpetratorSex: at({ male: 96, female: 10 }, 'S1:274'),
  parentsAbroadBoth: at({ 2015: 62, 2016: 58 }, 'S1:299-301'),
  parentsAbroadOne2016: at(0, 'S1:300-301'),
  // Figur 8 of the 68 who answered (data-dictionary A6); digital printed with one decimal, 8,8 %.
  violenceTypes: at({ psychological: 91, threats: 87, physical: 57, material: 22, sexual_against_user: 13, digital: 8.8 }, 'S1:328-334'),
  violenceTypesN: at(68, 'S1:328-334 (data-dictionary R4, A6)'),
  // Figur 9's 2016 column (S1:376-382), of the 67 who answered (A5).
  violenceDuration: at({ single_incident: 11.9, past_year: 19.4, one_to_four_years: 38.8, five_years_or_more: 29.9 }, 'S1:376-382'),
  violenceDurationN: at(67, 'S1:376-382 (data-dictionary A5)'),
  // Figur 10, of 69 (R4); none via family counselling, health station, home services, assault centre.
  contactRoute: at(
    { other_crisis_centre: 22, family_friend_acquaintance: 20, own_initiative: 17, police: 13, child_welfare: 7, gp_emergency_hospital: 3, school: 4, nav: 3 },
    'S1:361-367',
  ),
  contactRouteNone: at(['family_counselling_office', 'health_visitor_station', 'municipal_home_services', 'sexual_assault_centre'], 'S1:367-371'),
  contactRouteN: at(69, 'S1:361-367 (data-dictionary R4)'),
  agenciesMostHelped: at(['nav', 'police', 'lawyer', 'child_welfare', 'housing_office'], 'S1:385-388'),
  workIncome: at({ benefits_pension: 64, part_time_work: 13 }, 'S1:400-404'),
  destination: at({ own_home_without_perpetrator: 19, new_other_home: 19, back_to_perpetrator: 18 }, 'S1:411-431'),
  destinationOwnOrNew: at(38, 'S1:413-415'),
  // Reported: by self, public prosecution and by others together (S1:449-451); not wanting: 53–69 % in recent years.
  policeReported: at(28, 'S1:449'),
  policeNotWantingRange: at([53, 69] as const, 'S1:441-443'),

  // Children (S1:473-637).
  childAge0to2: at(58, 'S1:477'),
  childUnderSchoolAge: at(72, 'S1:555'),
  previousStaysChildren: at({ 0: 37, 1: 5, 2: 4, 3: 1 }, 'S1:488-492'),
  childParentsAbroad: at({ both: 51, one: 31, none: 18 }, 'S1:504-508'),
  childRelation: at({ fatherOrStepfather: 89, grandparents: 18, unknown_persons: 11 }, 'S1:519-523'),
  childContactWithPerpetrator: at(24, 'S1:535-537'),
  childDaycare: at({ kindergarten: 27, school: 22 }, 'S1:555-557'),
  childContinued: at({ continued: 73, not_continued: 23 }, 'S1:564'),
  childLeisureRange: at([10, 20] as const, 'S1:574-576'),
  childLeisureContinuing: at(80, 'S1:576-578'),
  childDestination: at({ own_home_without_perpetrator: 36, back_to_perpetrator: 20 }, 'S1:582-586'),
  concernReport: at({ 2014: 40, 2015: 77, 2016: 67 }, 'S1:629-636'),
  childWelfareAlready: at({ 2014: 57, 2015: 21, 2016: 64 }, 'S1:629-637'),

  // Nights (S1:638-713).
  nights: at({ women: 2036, men: 29, children: 1068, total: 3133 }, 'S1:642-644'),
  nightsPeakMonths: at([7, 8], 'S1:663-667'),
  nightsFewestMonths: at([3, 11], 'S1:665-667'),
  atNewYear: at({ adults: 3, children: 0 }, 'S1:689'),
  childNightsPeakMonths: at([7, 8], 'S1:697-701'),

  // The duty phone (S1:47-168).
  calls: at(899, 'S1:59'),
  crisisShare: at(1 / 6, 'S1:61'),
  callerType: at(
    { woman_private: 32, man_private: 6, child_welfare: 14, police: 10, nav: 10, other_crisis_centre: 6, health_services: 6, other_agencies_orgs: 12, lawyer: 4 },
    'S1:69-95',
  ),
  onBehalfOfSelf: at(50, 'S1:70-71'),
  minorityLanguage: at(50, 'S1:105-107'),
  callReason: at({ violence: 25, guidance: 25, case_follow_up: 50 }, 'S1:121-129'),
  callsPeakMonth: at(7, 'S1:142'),
  callsOtherPeaks: at([9, 1], 'S1:144-146'),
  crisisPeakMonth: at(1, 'S1:148-149'),
  crisisOtherPeaks: at([4, 10], 'S1:150'),
  crisisFewestMonths: at([2, 8], 'S1:152-154'),

  // Day conversations (S1:714-903).
  dayConversations: at(106, 'S1:762'),
  dayConversationsConsenting: at(102, 'S1:762-764'),
  dayUserMunicipality: at({ host_municipality: 88, other_municipality: 10, none: 2 }, 'S1:774-778'),
  dayUserPriorContact: at({ day_user: 65, phone: 27, resident: 49, none: 16 }, 'S1:784-786, 808-810'),
  dayUserPreviousStays: at({ 1: 82, 2: 14, '3_or_more': 4 }, 'S1:786-788'),
  dayUserSex: at({ female: 83, male: 17 }, 'S1:792'),
  dayUserParentsAbroad: at(60, 'S1:794'),
  dayUserChildrenAtHome: at(46, 'S1:799'),
  dayUserBroughtChildren: at(12, 'S1:799'),
  // Of all day users: the three groups add up to 78 %, the rest's age is not known.
  dayUserAge: at({ under_30: 24, '30_49': 39, '50_plus': 15 }, 'S1:804-806'),
  dayUserContactRoute: at({ own_initiative: 70, family_friend_acquaintance: 15, police: 6, child_welfare: 3, health_visitor_station: 3, gp_emergency_hospital: 3 }, 'S1:816-826'),
  dayUserViolence: at({ psychological: 83, physical: 59, threats: 54, material: 24 }, 'S1:858-860'),
  dayUserWork: at({ benefits_pension: 21, course: 15, homemaker: 13 }, 'S1:866-870'),
  dayUserWorking: at(50, 'S1:866-867'),
  dayUserRelation: at({ current_spouse_cohabitant: 44, former_spouse_cohabitant: 41 }, 'S1:880-882'),
  dayUserPerpetratorSex: at({ male: 80, female: 20 }, 'S1:888'),
  dayUserPerpetratorCount: at({ one: 85, two_or_more: 15 }, 'S1:888-890'),
  dayVisitsPeakMonths: at([2, 3], 'S1:898'),
  dayVisitsFewestMonths: at([10, 12], 'S1:898-900'),
} as const

/**
 * Choices the fixture makes where S1 is silent: declared here so the test can tell a published
 * figure from a synthetic one. Sentences stating these numbers are checked against the table,
 * not against S1.
 */
export const SYNTHETIC = {
  /** Day users (persons): S1 says only that several had more than one conversation (S1:764-766). */
  dayUsers: 82,
} as const
