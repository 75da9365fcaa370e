import { dayVisitForm, type ChoiceFieldKey } from '@ly/forms'
import {
  answeredOtherThan,
  anyShare,
  bands,
  booleanShare,
  count,
  distribution,
  hasAny,
  isAnswered,
  isYes,
  monthly,
  numbers,
  shareWhere,
  withThreatAssessmentEither,
  yesNoShare,
} from '../aggregate'
import type { LoadedRecord } from '../load'
import { ratio, withValueOf } from '../parts'
import { consenting, personRecords, unplacedIndicator } from '../persons'
import type { Indicator } from '../types'

const form = dayVisitForm
const dist = (records: readonly LoadedRecord[], field: ChoiceFieldKey<'day_visit'>, unit: 'persons' | 'visits' = 'persons') => distribution(form, records, field, unit)

/** Day users and day visits, data-dictionary §4.5 (D-01 … D-24). */
export function dayVisitIndicators(visits: readonly LoadedRecord[], year: number): Record<string, Indicator> {
  const persons = personRecords(form, visits)
  const answered = consenting(form, visits)
  const consented = answered.length
  const withChildren = persons.filter(isYes(form, 'children_under_18_in_household'))
  const immigrant = persons.filter(hasAny(form, 'parents_born_abroad', ['both']))
  const priorDayOrResident = persons.filter(hasAny(form, 'prior_contact', ['day_user', 'resident']))
  const formerResidents = persons.filter(hasAny(form, 'prior_contact', ['resident']))
  const ages = numbers(form, persons, 'age')
  const firstYears = numbers(form, priorDayOrResident, 'first_contact_year')
  const previousStays = numbers(form, formerResidents, 'previous_stays_count')

  return {
    // Persons by sex; sex unknown is a remainder, as in the national totals (S0:24).
    'D-01': { ...dist(persons, 'sex'), value: persons.length },
    // Visits that may be a day user's first but place nobody («Vet ikke», unanswered; decision 0037).
    'D-01b': unplacedIndicator(form, visits, 'visits'),
    'D-02': count(visits, 'visits'),
    // One population above and below the line: consenting visits per day user (both from consenting records).
    'D-03': ratio(consented, persons.length, persons.length, 'ratio'),
    'D-04': monthly(form, visits, 'visit_date', year, 'visits'),
    'D-05': yesNoShare(consented, visits.length),
    'D-06': withValueOf(
      dist(persons, 'prior_contact'),
      shareWhere(persons, hasAny(form, 'prior_contact', ['day_user', 'phone', 'resident']), isAnswered(form, 'prior_contact'), 'persons'),
    ),
    'D-07': shareWhere(answered, hasAny(form, 'prior_contact', ['resident']), isAnswered(form, 'prior_contact'), 'visits'),
    'D-08': bands(
      firstYears.map((y) => year - y),
      priorDayOrResident.length - firstYears.length,
      'persons',
      [
        ['this_year', 0, 0],
        ['last_year', 1, 1],
        ['2_5_years', 2, 5],
        ['more_than_5_years', 6, Infinity],
      ],
    ),
    'D-09': bands(previousStays, formerResidents.length - previousStays.length, 'persons', [
      ['1', 1, 1],
      ['2', 2, 2],
      ['3_or_more', 3, Infinity],
    ]),
    'D-10': bands(ages, persons.length - ages.length, 'persons', [
      ['under_30', 0, 29],
      ['30_49', 30, 49],
      ['50_plus', 50, Infinity],
    ]),
    'D-11': withValueOf(
      dist(persons, 'civil_status'),
      shareWhere(persons, hasAny(form, 'civil_status', ['cohabitant', 'married_registered_partner']), isAnswered(form, 'civil_status'), 'persons'),
    ),
    'D-12': withValueOf(
      dist(persons, 'parents_born_abroad'),
      shareWhere(persons, hasAny(form, 'parents_born_abroad', ['both']), answeredOtherThan(form, 'parents_born_abroad', ['unknown']), 'persons'),
    ),
    'D-13': withValueOf(dist(persons, 'impairment'), anyShare(form, persons, 'impairment')),
    'D-14': withValueOf(
      dist(persons, 'work_income'),
      shareWhere(persons, hasAny(form, 'work_income', ['full_time_work', 'part_time_work']), isAnswered(form, 'work_income'), 'persons'),
    ),
    'D-15': dist(persons, 'municipality_affiliation'),
    'D-16a': booleanShare(form, persons, 'children_under_18_in_household', 'persons'),
    'D-16b': booleanShare(form, persons, 'brought_children', 'persons'),
    'D-16c': bands(numbers(form, persons, 'children_brought_count'), 0, 'persons', [
      ['1', 1, 1],
      ['2_or_more', 2, Infinity],
    ]),
    'D-16d': booleanShare(form, withChildren, 'concern_report_to_child_welfare', 'persons'),
    'D-17': dist(persons, 'contact_route'),
    'D-18': dist(persons, 'violence_types'),
    'D-20a': dist(persons, 'perpetrator_relation'),
    'D-20b': dist(persons, 'perpetrator_sex'),
    'D-20c': dist(persons, 'perpetrator_count'),
    'D-21': withThreatAssessmentEither(form, dist(persons, 'assistance'), persons, 'assistance'),
    'D-22': withThreatAssessmentEither(form, dist(answered, 'assistance', 'visits'), answered, 'assistance'),
    'D-23a': withValueOf(dist(persons, 'agencies_before_visit'), anyShare(form, persons, 'agencies_before_visit')),
    'D-23b': withValueOf(dist(persons, 'agencies_at_visit'), anyShare(form, persons, 'agencies_at_visit')),
    'D-24': dist(immigrant, 'interpreter'),
  }
}
