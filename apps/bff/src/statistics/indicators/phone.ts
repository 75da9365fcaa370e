import { incomingCallForm, phoneSessionForm, type ChoiceFieldKey } from '@ly/forms'
import { bands, booleanShare, count, distribution, categoriesOf, hasAny, isAnswered, isYes, monthly, numbers, percent, shareWhere } from '../aggregate'
import type { LoadedRecord } from '../load'
import { ratio, withParts, withValueOf } from '../parts'
import { consenting, personRecords, unplacedIndicator } from '../persons'
import type { Indicator } from '../types'

/** One-to-one conversations by phone or video (§4.6, P-01 … P-05). */
export function phoneSessionIndicators(sessions: readonly LoadedRecord[], year: number): Record<string, Indicator> {
  const form = phoneSessionForm
  const persons = personRecords(form, sessions)
  const priorDayOrResident = persons.filter(hasAny(form, 'prior_contact', ['day_user', 'resident']))
  const formerResidents = persons.filter(hasAny(form, 'prior_contact', ['resident']))
  const firstYears = numbers(form, priorDayOrResident, 'first_contact_year')
  const previousStays = numbers(form, formerResidents, 'previous_stays_count')
  return {
    'P-01': monthly(form, sessions, 'session_date', year, 'conversations'),
    'P-02': distribution(form, consenting(form, sessions), 'reason_by_phone', 'conversations'),
    'P-03': { ...distribution(form, persons, 'sex', 'persons'), value: persons.length },
    'P-03b': unplacedIndicator(form, sessions, 'conversations'),
    // One population above and below the line: consenting conversations per phone user.
    'P-04': ratio(consenting(form, sessions).length, persons.length, persons.length, 'ratio'),
    'P-05': withValueOf(
      distribution(form, persons, 'prior_contact', 'persons'),
      shareWhere(persons, hasAny(form, 'prior_contact', ['day_user', 'phone', 'resident']), isAnswered(form, 'prior_contact'), 'persons'),
    ),
    'P-05b': bands(
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
    'P-05c': bands(previousStays, formerResidents.length - previousStays.length, 'persons', [
      ['1', 1, 1],
      ['2', 2, 2],
      ['3_or_more', 3, Infinity],
    ]),
  }
}

/**
 * Sarpsborg's duty-phone log (§4.7, T-01a … T-01g). Only calls about violence in close
 * relationships and crisis-centre services count (S1:59-60). Caller categories are the centre's
 * own: keys renamed or added locally are counted as they are, beside the default ones.
 */
export function incomingCallIndicators(calls: readonly LoadedRecord[], year: number): Record<string, Indicator> {
  const form = incomingCallForm
  const inScope = calls.filter(isYes(form, 'in_scope'))
  const crisis = inScope.filter(isYes(form, 'is_crisis_call'))
  const callerCounts = new Map<string, number>(
    form.sections[0].fields.flatMap((f) =>
      'options' in f && f.key === ('caller_type' satisfies ChoiceFieldKey<'incoming_call'>) ? f.options.map((o) => [o.key, 0] as [string, number]) : [],
    ),
  )
  for (const c of inScope) {
    const k = c.values.caller_type
    if (typeof k === 'string') callerCounts.set(k, (callerCounts.get(k) ?? 0) + 1)
  }
  const answeredCaller = inScope.filter((c) => typeof c.values.caller_type === 'string').length
  const privateCallers = inScope.filter(hasAny(form, 'caller_type', ['woman_private', 'man_private']))
  return {
    'T-01a': withParts(
      {
        ...count(inScope, 'calls'),
        categories: categoriesOf(
          new Map([
            ['in_scope', inScope.length],
            ['other', calls.length - inScope.length],
          ]),
          calls.length,
        ),
      },
      { categoryBase: calls.length },
    ),
    'T-01b': withParts(
      { unit: 'calls', n: inScope.length, value: percent(crisis.length, inScope.length), categories: categoriesOf(new Map([['crisis', crisis.length]]), inScope.length) },
      { share: { hits: crisis.length, base: inScope.length } },
    ),
    'T-01c': { unit: 'calls', n: answeredCaller, value: answeredCaller, unknown: inScope.length - answeredCaller, categories: categoriesOf(callerCounts, answeredCaller) },
    'T-01d': booleanShare(form, privateCallers, 'on_behalf_of_self', 'calls'),
    'T-01e': distribution(form, inScope, 'call_reason', 'calls'),
    'T-01f': booleanShare(form, inScope, 'minority_language_background', 'calls'),
    'T-01g': monthly(form, inScope, 'call_date', year, 'calls'),
    'T-01g2': monthly(form, crisis, 'call_date', year, 'calls'),
  }
}

/** Outgoing calls (S1:166-168): how many, to whom, and how many per incoming call (T-01h). */
export function outgoingCallIndicators(outgoing: ReadonlyMap<string, number>, calls: readonly LoadedRecord[]): Record<string, Indicator> {
  const total = [...outgoing.values()].reduce((a, b) => a + b, 0)
  const incoming = calls.filter(isYes(incomingCallForm, 'in_scope')).length
  return {
    'T-01h': { unit: 'calls', n: total, value: total, categories: categoriesOf(new Map(outgoing), total) },
    'T-01h2': ratio(total, incoming, incoming, 'ratio'),
  }
}
