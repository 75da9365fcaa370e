import { describe, expect, it } from 'vitest'
import { findField, listHeading } from '../define-form'
import { allFormDefs } from '../registry'

describe("a form's list fields", () => {
  // The list query reads one column per list field (apps/bff/src/db/records.ts): a multiple
  // choice lives in a table of its own and would come back missing, breaking the list page.
  it('are fields of the form with one value each', () => {
    const wrong = allFormDefs().flatMap((form) =>
      form.listFields.filter((key) => findField(form, key)?.kind === 'multi' || !findField(form, key)).map((key) => `${form.key}.${key}`),
    )
    expect(wrong).toEqual([])
  })

  // A column heading is read beside a short answer on a phone: a question does not fit there.
  it('head their columns in a few words (listLabel where the label is a long question)', () => {
    const long = allFormDefs().flatMap((form) =>
      form.listFields.flatMap((key) => {
        const field = findField(form, key)
        return field && listHeading(field).length > 25 ? [`${form.key}.${key}: ${listHeading(field)}`] : []
      }),
    )
    expect(long).toEqual([])
  })
})
