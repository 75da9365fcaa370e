import type { ReactNode } from 'react'
import { formatNorwegianDate } from '@ly/forms'
import { Link } from 'react-router'
import type { SavedRecord } from '../api/record-endpoints'
import { TableWrap } from '@/components/table-wrap'

export interface RecordColumn<R> {
  header: string
  cell: (record: R) => ReactNode
}

interface RecordTableProps<R extends SavedRecord> {
  caption: string
  records: readonly R[]
  /** The form's date field: the first column, and the link that opens the record. */
  dateField: string
  href: (record: R) => string
  /** The link's accessible name; it must contain the visible date ("Åpne besøk 02.03.2026"). */
  linkLabel: (record: R, date: string) => string
  /** The columns after the date. */
  columns: readonly RecordColumn<R>[]
}

/** A list of records: one row each, headed by its date, which opens it. */
export function RecordTable<R extends SavedRecord>({ caption, records, dateField, href, linkLabel, columns }: RecordTableProps<R>) {
  return (
    <TableWrap label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Dato</th>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {records.map((record) => {
            const value = record.values[dateField]
            const date = typeof value === 'string' ? formatNorwegianDate(value) : ''
            return (
              <tr key={record.id}>
                <th scope="row">
                  {/* The visible date is part of the name, so voice control "klikk 02.03.2026" works. */}
                  <Link to={href(record)} aria-label={linkLabel(record, date)}>
                    {date}
                  </Link>
                </th>
                {columns.map((column) => (
                  <td key={column.header}>{column.cell(record)}</td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableWrap>
  )
}
