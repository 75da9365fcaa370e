import type { AdultStayForm, TurnedAwayForm } from '@ly/forms'
import { describe, expect, it } from 'vitest'
import { pickWeight, type FormWeights, type SharedWeights } from './types'

/*
 * Demo weights are typed per form (issue 20, decision 0055): a weight for a question or an option
 * the definition does not have fails to compile instead of silently drawing nothing. Each
 * `@ts-expect-error` fails `pnpm typecheck` if the line under it compiles.
 */
describe('typed demo weights', () => {
  it("a form's own weights name its questions, with its options and the weight of their kind", () => {
    const own = {
      reason: { options: { house_full: 78, outside_target_group: 12 } },
      offer: { when: { field: 'requester', equals: 'police' }, options: { women: 1 } },
    } satisfies FormWeights<TurnedAwayForm>
    expect(pickWeight(own.reason, {})).toBe(own.reason)
    expect(pickWeight(own.offer, { requester: 'person' })).toBeUndefined()

    // @ts-expect-error -- turned_away has no question `reasn`
    const field = { reasn: { options: { house_full: 78 } } } satisfies FormWeights<TurnedAwayForm>
    // @ts-expect-error -- reason has no option `house_fll`
    const option = { reason: { options: { house_fll: 78 } } } satisfies FormWeights<TurnedAwayForm>
    // @ts-expect-error -- reason is a choice: a yes-share is no weight for it
    const kind = { reason: { yes: 50 } } satisfies FormWeights<TurnedAwayForm>
    // @ts-expect-error -- a date is set by the plan: it takes no weight
    const date = { request_date: { bands: [[1, 2, 100]] } } satisfies FormWeights<TurnedAwayForm>
    // @ts-expect-error -- the condition names an option requester does not have
    const when = { reason: { when: { field: 'requester', equals: 'neighbour' }, options: { house_full: 1 } } } satisfies FormWeights<TurnedAwayForm>
    // @ts-expect-error -- in a list of weights too
    const list = { violence_types: [{ options: { psychological: 86 } }, { options: { physcal: 64 } }] } satisfies FormWeights<AdultStayForm>
    expect([field, option, kind, date, when, list]).toHaveLength(6)
  })

  it('a shared weight fits every form that draws it: those asking the question without a weight of their own', () => {
    // sex: adult_stay, day_visit and phone_session offer female/male/other; child_stay girl/boy/other.
    const drawnByAdults = { sex: { options: { female: 98, male: 0.5, other: 1.5 } } } satisfies SharedWeights<{ child_stay: { sex: object } }>
    expect(pickWeight(drawnByAdults.sex, {})).toBe(drawnByAdults.sex)
    // @ts-expect-error -- child_stay lists no sex weight of its own, so it draws this one: it has no `female`
    const drawnByAll = { sex: { options: { female: 98 } } } satisfies SharedWeights<object>
    // @ts-expect-error -- no form asks `sexx`
    const unknownField = { sexx: { options: { female: 98 } } } satisfies SharedWeights<{ child_stay: { sex: object } }>
    // @ts-expect-error -- turned_away draws offer too, and it has no `parents_born_abroad` to hold a condition on
    const condition = { offer: { when: { field: 'parents_born_abroad', equals: 'both' }, options: { women: 1 } } } satisfies SharedWeights<object>
    expect([drawnByAll, unknownField, condition]).toHaveLength(3)
  })
})
