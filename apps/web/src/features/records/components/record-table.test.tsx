import { render, screen, within } from '@testing-library/react'
import { dayVisitForm, type FormDef } from '@ly/forms'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { consentColumn } from './list-columns'
import { RecordTable } from './record-table'

// Synthetic answers of one day visit: option keys as the BFF sends them.
const visit = (date: string) => ({
  id: `visit-${date}`,
  version: 1,
  values: { visit_date: date, offer: 'women', consent_to_statistics: true, case_code: null, visit_location: 'outside_centre', sex: 'female', age: 34 },
})

function showTable(form: FormDef, date = '2026-03-02') {
  render(
    <MemoryRouter>
      <RecordTable caption="Besøk" form={form} records={[visit(date)]} href={() => '/dagbesok/1'} linkLabel={(_, d) => `Åpne besøk ${d}`} columns={[consentColumn(form)]} />
    </MemoryRouter>,
  )
  const table = screen.getByRole('table', { name: 'Besøk' })
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent)
  const cells = within(table)
    .getAllByRole('cell')
    .map((c) => c.textContent)
  return { table, headers, cells }
}

/** A copy of the day visit's definition: the real one is never changed by a test. */
const withListFields = (listFields: readonly string[]): FormDef => ({ ...dayVisitForm, listFields })

describe("a record list's columns", () => {
  it("are the date, the bare event's columns, then the definition's listFields in their order", () => {
    const { headers, cells, table } = showTable(withListFields(['age', 'visit_location']))
    expect(headers).toEqual(['Dato', 'Samtykke', 'Alder', 'Sted'])
    // Answers in the options' words, never their keys.
    expect(cells).toEqual(['Ja', '34', 'Utenfor senteret (f.eks. hjemmebesøk)'])
    expect(table).not.toHaveTextContent(/outside_centre|female/)
  })

  it('follow a change of listFields without a change of the table', () => {
    const { headers, cells } = showTable(withListFields(['sex']))
    expect(headers).toEqual(['Dato', 'Samtykke', 'Kjønn'])
    expect(cells).toEqual(['Ja', 'Kvinne'])
  })

  it("show an answer in the words of the record's year when the option has been renamed since", () => {
    const renamed: FormDef = {
      ...withListFields(['visit_location']),
      sections: dayVisitForm.sections.map((section) => ({
        ...section,
        fields: section.fields.map((field) =>
          field.key === 'visit_location' && 'options' in field
            ? { ...field, options: field.options.map((o) => (o.key === 'outside_centre' ? { ...o, label: 'Ute', formerLabels: [{ label: 'Hjemme', until: 2025 }] } : o)) }
            : field,
        ),
      })),
    }
    expect(showTable(renamed, '2025-06-01').cells).toEqual(['Ja', 'Hjemme'])
  })
})
