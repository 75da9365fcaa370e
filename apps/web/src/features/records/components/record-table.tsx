import { formatNorwegianDate, type FormDef } from '@ly/forms'
import { Link } from 'react-router'
import type { SavedRecord } from '../api/record-endpoints'
import { listColumns, type CentreLabels, type RecordColumn } from './list-columns'
import { TableWrap } from '@/components/table-wrap'

interface RecordTableProps<R extends SavedRecord> {
  caption: string
  /** The records' form: its date field heads each row, its `listFields` are the answer columns. */
  form: FormDef
  records: readonly R[]
  /** The first column's heading: «Dato», or what the date is («Innflyttet»). */
  dateHeader?: string
  href: (record: R) => string
  /** The link's accessible name; it must contain the visible date ("Åpne besøk 02.03.2026"). */
  linkLabel: (record: R, date: string) => string
  /** The bare event's columns after the date (offer, consent, case code, status …). */
  columns: readonly RecordColumn<R>[]
  /** Labels of the centre's own option lists among the list fields. */
  centreLabels?: CentreLabels
}

/** A list of records: one row each, headed by its date, which opens it; then the bare event, then the answers. */
export function RecordTable<R extends SavedRecord>({ caption, form, records, dateHeader = 'Dato', href, linkLabel, columns, centreLabels }: RecordTableProps<R>) {
  const all = [...columns, ...listColumns<R>(form, centreLabels)]
  return (
    <TableWrap label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{dateHeader}</th>
            {all.map((column, index) => (
              <th key={index} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {records.map((record) => {
            const value = record.values[form.dateField]
            const date = typeof value === 'string' ? formatNorwegianDate(value) : ''
            return (
              <tr key={record.id}>
                <th scope="row">
                  {/* The visible date is part of the name, so voice control "klikk 02.03.2026" works. */}
                  <Link to={href(record)} aria-label={linkLabel(record, date)}>
                    {date}
                  </Link>
                </th>
                {all.map((column, index) => (
                  <td key={index}>{column.cell(record)}</td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableWrap>
  )
}
