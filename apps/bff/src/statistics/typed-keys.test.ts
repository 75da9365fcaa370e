import { adultStayForm, defineForm, turnedAwayForm } from '@ly/forms'
import { describe, expect, it } from 'vitest'
import { anyShare, booleanShare, distribution, hasAny, isAnswered, isYes, numbers } from './aggregate'
import type { LoadedRecord } from './load'

/*
 * The statistics helpers take the form first and type the question and option keys from it
 * (issue 20, decision 0055): a misspelt or renamed key is a compile error, not a figure that
 * silently counts nothing. Each `@ts-expect-error` below fails `pnpm typecheck` if the line
 * under it compiles; the run-time lines show what such a call would have counted.
 */

const requests: LoadedRecord[] = [
  { id: 'r1', values: { reason: 'house_full', action_taken: ['extra_bed'] } },
  { id: 'r2', values: { reason: 'outside_target_group', action_taken: ['nothing'] } },
]
const stays: LoadedRecord[] = [
  { id: 's1', values: { violence_types: ['physical', 'psychological'], brought_children: true, age: 30, impairment: ['none'] } },
  { id: 's2', values: { violence_types: ['psychological'], brought_children: false, age: 41, impairment: ['cognitive'] } },
]

describe('typed field and option keys in the statistics helpers', () => {
  it('distribution takes a choice question of its form', () => {
    expect(distribution(turnedAwayForm, requests, 'reason', 'requests').categories?.house_full?.count).toBe(1)
    // @ts-expect-error -- turned_away has no question `reasn`
    expect(() => distribution(turnedAwayForm, requests, 'reasn', 'requests')).toThrow('not a choice field')
    // @ts-expect-error -- `request_date` is a date: it has no categories
    expect(() => distribution(turnedAwayForm, requests, 'request_date', 'requests')).toThrow('not a choice field')
  })

  it('hasAny takes a choice question and options of that question', () => {
    expect(stays.filter(hasAny(adultStayForm, 'violence_types', ['physical']))).toHaveLength(1)
    // @ts-expect-error -- violence_types has no option `physcal`: the share would count nobody
    expect(stays.filter(hasAny(adultStayForm, 'violence_types', ['physcal']))).toHaveLength(0)
    // @ts-expect-error -- `female` is an option of sex, not of violence_types
    expect(stays.filter(hasAny(adultStayForm, 'violence_types', ['female']))).toHaveLength(0)
    // @ts-expect-error -- adult_stay has no question `violence_type`
    expect(stays.filter(hasAny(adultStayForm, 'violence_type', ['physical']))).toHaveLength(0)
  })

  it('the other helpers take questions of the right kind', () => {
    expect(booleanShare(adultStayForm, stays, 'brought_children', 'adults').value).toBe(50)
    expect(numbers(adultStayForm, stays, 'age')).toEqual([30, 41])
    expect(stays.filter(isYes(adultStayForm, 'brought_children'))).toHaveLength(1)
    expect(stays.filter(isAnswered(adultStayForm, 'violence_types'))).toHaveLength(2)
    expect(anyShare(adultStayForm, stays, 'impairment').value).toBe(50)
    // @ts-expect-error -- `age` is a number question, not yes/no
    expect(booleanShare(adultStayForm, stays, 'age', 'adults').n).toBe(0)
    // @ts-expect-error -- `brought_children` is yes/no, not a number
    expect(numbers(adultStayForm, stays, 'brought_children')).toEqual([])
    // @ts-expect-error -- sex offers no «none» option, so «anything but none» means nothing for it
    expect(anyShare(adultStayForm, stays, 'sex').n).toBe(0)
  })

  it('renaming an option in a copy of a definition fails to compile where the old key is named', () => {
    const [request] = turnedAwayForm.sections
    // A copy of turned_away whose `house_full` is renamed `centre_full`.
    const renamed = defineForm({
      ...turnedAwayForm,
      sections: [
        {
          ...request,
          fields: [
            {
              key: 'reason',
              kind: 'single',
              label: 'Hvorfor kunne senteret ikke gi et tilbud?',
              options: [
                { key: 'centre_full', label: 'Botilbudet var fullt' },
                { key: 'outside_target_group', label: 'Utenfor målgruppen for tilbudet' },
              ],
            },
          ],
        },
      ],
    })
    expect(requests.filter(hasAny(turnedAwayForm, 'reason', ['house_full']))).toHaveLength(1)
    // @ts-expect-error -- the option was renamed in the definition: the old key no longer compiles
    expect(requests.filter(hasAny(renamed, 'reason', ['house_full']))).toHaveLength(1)
    expect(requests.filter(hasAny(renamed, 'reason', ['centre_full']))).toHaveLength(0)
  })
})
