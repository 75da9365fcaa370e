import { adultStayForm, childStayForm, sexKeys, type ChoiceFieldKey, type OptionKey } from '@ly/forms'
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
  meanOf,
  medianOf,
  numbers,
  percent,
  shareWhere,
  withThreatAssessmentEither,
} from '../aggregate'
import type { LoadedRecord } from '../load'
import { ratio, withParts, withValueOf } from '../parts'
import { consenting, personRecords } from '../persons'
import type { Period } from '../period'
import { lengthsOf, movesMonths, nightsMonths, presentAtStart, staysEndedInPeriod, staysInPeriod, totalNightsInPeriod } from '../stays'
import type { Indicator, Unit } from '../types'

const adult = adultStayForm
const child = childStayForm

/** Decision 10: adults 18–29 … 60+ (residents may be 16 or 17: reported apart). */
export const ADULT_AGE_BANDS = [
  ['under_18', 0, 17],
  ['18_29', 18, 29],
  ['30_39', 30, 39],
  ['40_49', 40, 49],
  ['50_59', 50, 59],
  ['60_plus', 60, Infinity],
] as const

/**
 * The residential offer: volumes (R-…), residents' profile by their first stay in the year
 * (B-…) and stay-level rates over stays that ended in the year (O-…), data-dictionary §4.1–4.3.
 */
export function residentIndicators(adultRecords: readonly LoadedRecord[], childRecords: readonly LoadedRecord[], period: Period, asOf: string): Record<string, Indicator> {
  const stays = staysInPeriod(adult, adultRecords, period, asOf)
  const childStays = staysInPeriod(child, childRecords, period, asOf)
  const persons = personRecords(adult, stays, period)
  const children = personRecords(child, childStays, period)
  const ended = consenting(adult, staysEndedInPeriod(adult, adultRecords, period))
  const endedAll = staysEndedInPeriod(adult, adultRecords, period)
  const endedChildren = staysEndedInPeriod(child, childRecords, period)
  const dist = (field: ChoiceFieldKey<'adult_stay'>) => distribution(adult, persons, field, 'adults')
  const perStay = (field: ChoiceFieldKey<'adult_stay'>) => distribution(adult, ended, field, 'stays')

  // Decision 1: a bare adult stay counts as an adult of unknown sex; children always as children.
  // Decision 7: `other` is a known answer with its own category, never lumped into unknown.
  const nightsBy = (sex: OptionKey<'adult_stay', 'sex'> | null) =>
    totalNightsInPeriod(
      adult,
      stays.filter((s) => (sex === null ? !sexKeys.includes(String(s.values.sex)) : s.values.sex === sex)),
      period,
      asOf,
    )
  const adultNights = totalNightsInPeriod(adult, stays, period, asOf)
  const childNights = totalNightsInPeriod(child, childStays, period, asOf)
  const nightCategories = { female: nightsBy('female'), male: nightsBy('male'), other: nightsBy('other'), unknown: nightsBy(null), children: childNights }
  // R-08c: one population above and below the line — the nights of consenting stays per resident.
  const personNights = totalNightsInPeriod(adult, consenting(adult, stays), period, asOf)
  const adultMonths = nightsMonths(adult, stays, period, asOf)
  const childMonths = nightsMonths(child, childStays, period, asOf)
  const adultLengths = lengthsOf(adult, endedAll, asOf)
  const childLengths = lengthsOf(child, endedChildren, asOf)
  const atNewYear = presentAtStart(adult, adultRecords, period)
  const childrenAtNewYear = presentAtStart(child, childRecords, period)
  const ages = numbers(adult, persons, 'age')
  const psychological = persons.filter(hasAny(adult, 'violence_types', ['psychological']))

  return {
    'R-01': { ...dist('sex'), value: persons.length },
    'R-02': { ...count(children, 'children') },
    'R-03': {
      unit: 'persons',
      n: persons.length + children.length,
      value: persons.length + children.length,
      categories: {
        adults: { count: persons.length, percent: percent(persons.length, persons.length + children.length) },
        children: { count: children.length, percent: percent(children.length, persons.length + children.length) },
      },
    },
    'R-04': count(stays, 'stays'),
    'R-05': count(childStays, 'child_stays'),
    // The nights by sex are shares of all nights, not of the stays (n).
    'R-06': withParts(
      {
        unit: 'nights',
        n: stays.length + childStays.length,
        value: adultNights + childNights,
        categories: Object.fromEntries(Object.entries(nightCategories).map(([k, v]) => [k, { count: v, percent: percent(v, adultNights + childNights) }])),
      },
      { categoryBase: adultNights + childNights },
    ),
    'R-07': {
      unit: 'nights',
      n: adultNights + childNights,
      value: adultNights + childNights,
      months: Object.fromEntries(Object.keys(adultMonths).map((m) => [m, adultMonths[m]! + childMonths[m]!])),
    },
    'R-07a': { unit: 'nights', n: adultNights, value: adultNights, months: adultMonths },
    'R-07b': { unit: 'nights', n: childNights, value: childNights, months: childMonths },
    'R-08': meanOf(adultLengths, endedAll.length, 'nights'),
    'R-08b': medianOf(adultLengths, endedAll.length, 'nights'),
    'R-08c': ratio(personNights, persons.length, persons.length, 'nights'),
    'R-08d': meanOf(childLengths, endedChildren.length, 'nights'),
    'R-08e': medianOf(childLengths, endedChildren.length, 'nights'),
    'R-09a': monthsIndicator(movesMonths(adult, adultRecords, period, 'in'), 'stays'),
    'R-09b': monthsIndicator(movesMonths(adult, adultRecords, period, 'out'), 'stays'),
    'R-09e': monthsIndicator(movesMonths(adult, adultRecords, period, 'out', 'new_year'), 'stays'),
    'R-09c': monthsIndicator(movesMonths(child, childRecords, period, 'in'), 'child_stays'),
    'R-09d': monthsIndicator(movesMonths(child, childRecords, period, 'out'), 'child_stays'),
    'R-09f': monthsIndicator(movesMonths(child, childRecords, period, 'out', 'new_year'), 'child_stays'),
    'R-10': withParts(
      {
        unit: 'persons',
        n: atNewYear.length + childrenAtNewYear.length,
        value: atNewYear.length + childrenAtNewYear.length,
        categories: { adults: { count: atNewYear.length, percent: null }, children: { count: childrenAtNewYear.length, percent: null } },
      },
      { categoryBase: null },
    ),
    'R-11': bands(numbers(adult, persons, 'previous_stays_count'), persons.length - numbers(adult, persons, 'previous_stays_count').length, 'adults', [
      ['0', 0, 0],
      ['1', 1, 1],
      ['2', 2, 2],
      ['3', 3, 3],
      ['4_or_more', 4, Infinity],
    ]),
    'R-12': booleanShare(adult, persons, 'brought_children', 'adults'),
    'R-13': { unit: 'adults', n: persons.length, value: persons.filter(isYes(adult, 'rosa_case')).length },
    'B-01': withValueOf(
      dist('parents_born_abroad'),
      shareWhere(persons, hasAny(adult, 'parents_born_abroad', ['both']), answeredOtherThan(adult, 'parents_born_abroad', ['unknown']), 'adults'),
    ),
    'B-02': withValueOf(dist('impairment'), anyShare(adult, persons, 'impairment')),
    'B-03': bands(ages, persons.length - ages.length, 'adults', ADULT_AGE_BANDS),
    'B-04': dist('violence_types'),
    'B-05': distribution(adult, psychological, 'violence_types', 'adults'),
    'B-06': dist('violence_duration'),
    'B-07': dist('perpetrator_relation'),
    'B-08': dist('perpetrator_sex'),
    'B-09': dist('perpetrator_parents_born_abroad'),
    'B-10': dist('contact_route'),
    'B-11': withValueOf(dist('agencies_before_stay'), anyShare(adult, persons, 'agencies_before_stay')),
    'B-11b': withValueOf(perStay('agencies_during_stay'), anyShare(adult, ended, 'agencies_during_stay')),
    'B-12': withValueOf(dist('work_income'), shareWhere(persons, hasAny(adult, 'work_income', ['full_time_work', 'part_time_work']), isAnswered(adult, 'work_income'), 'adults')),
    'B-13': withValueOf(
      dist('civil_status'),
      shareWhere(persons, hasAny(adult, 'civil_status', ['cohabitant', 'married_registered_partner']), isAnswered(adult, 'civil_status'), 'adults'),
    ),
    'O-01': withThreatAssessmentEither(adult, perStay('assistance'), ended, 'assistance'),
    'O-03': booleanShare(adult, ended, 'individual_plan', 'stays'),
    'O-04': withValueOf(
      perStay('destination_after_stay'),
      shareWhere(
        ended,
        hasAny(adult, 'destination_after_stay', ['own_home_without_perpetrator', 'new_other_home']),
        answeredOtherThan(adult, 'destination_after_stay', ['unknown']),
        'stays',
      ),
    ),
    'O-05': withValueOf(
      perStay('police_report'),
      shareWhere(
        ended,
        hasAny(adult, 'police_report', ['reported_by_self', 'public_prosecution', 'reported_by_others']),
        answeredOtherThan(adult, 'police_report', ['undecided_unknown']),
        'stays',
      ),
    ),
    ...childIndicators(children, consenting(child, endedChildren)),
  }
}

/** Children (§4.4): persons by their first stay in the year; help and destination per stay. */
function childIndicators(children: readonly LoadedRecord[], ended: readonly LoadedRecord[]): Record<string, Indicator> {
  const dist = (field: ChoiceFieldKey<'child_stay'>) => distribution(child, children, field, 'children')
  const perStay = (field: ChoiceFieldKey<'child_stay'>) => distribution(child, ended, field, 'child_stays')
  const ages = numbers(child, children, 'age')
  const previous = numbers(child, children, 'previous_stays_count')
  return {
    'C-01': bands(ages, children.length - ages.length, 'children', [
      ['0_2', 0, 2],
      ['3_5', 3, 5],
      ['6_10', 6, 10],
      ['11_15', 11, 15],
      ['16_17', 16, 17],
    ]),
    'C-02': dist('sex'),
    'C-03': dist('parents_born_abroad'),
    'C-04': withValueOf(
      bands(previous, children.length - previous.length, 'children', [
        ['0', 0, 0],
        ['1', 1, 1],
        ['2', 2, 2],
        ['3_or_more', 3, Infinity],
      ]),
      shareWhere(
        children,
        (c) => (c.values.previous_stays_count as number) > 0,
        (c) => typeof c.values.previous_stays_count === 'number',
        'children',
      ),
    ),
    'C-05': withValueOf(dist('impairment'), anyShare(child, children, 'impairment')),
    'C-06': withThreatAssessmentEither(child, perStay('assistance'), ended, 'assistance'),
    'C-07a': dist('daycare_school_status'),
    'C-07b': distribution(child, ended.filter(hasAny(child, 'daycare_school_status', ['kindergarten', 'school'])), 'daycare_school_continued', 'child_stays'),
    'C-08a': booleanShare(child, children, 'organised_leisure', 'children'),
    'C-08b': distribution(child, ended.filter(isYes(child, 'organised_leisure')), 'organised_leisure_continued', 'child_stays'),
    'C-09': booleanShare(child, ended, 'contact_with_perpetrator_during_stay', 'child_stays'),
    'C-10': dist('perpetrator_relation'),
    'C-11a': booleanShare(child, ended, 'child_welfare_contact_established', 'child_stays'),
    'C-11b': booleanShare(child, ended, 'concern_report_sent', 'child_stays'),
    'C-11c': booleanShare(child, children, 'child_welfare_already_involved', 'children'),
    'C-12': perStay('destination_after_stay'),
  }
}

function monthsIndicator(months: Record<string, number>, unit: Unit): Indicator {
  const total = Object.values(months).reduce((a, b) => a + b, 0)
  return { unit, n: total, value: total, months }
}
