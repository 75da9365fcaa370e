import { cellText } from '@ly/bff/report-format'
import type { Report, ReportTable } from '../api/get-report'

type Row = ReportTable['rows'][number]

/** Rows in blocks: one <tbody> per group, headed by the group's name. */
function blocks(rows: readonly Row[]) {
  const out: { group: string | undefined; rows: Row[] }[] = []
  for (const row of rows) {
    const last = out[out.length - 1]
    if (last && last.group === row.group) last.rows.push(row)
    else out.push({ group: row.group, rows: [row] })
  }
  return out
}

/** One of the report's tables, as on the print page: caption with S1's figure number, th scopes. */
export function ReportTableView({ table, report }: { table: ReportTable; report: Pick<Report, 'mark' | 'notRegistered'> }) {
  return (
    // Focusable: at 390 px a wide table scrolls inside the figure, and a keyboard must reach it.
    <figure className="report-table" id={table.id} tabIndex={0} aria-label={table.figure !== null ? `Figur ${table.figure} ${table.caption}` : table.caption}>
      <table>
        <caption>
          {table.figure !== null && <span className="figure-number">Figur {table.figure} </span>}
          {table.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{table.showPercent ? 'Antall og andel' : 'Antall'}</th>
            {table.columns.map((c) => (
              <th scope="col" key={c.key}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        {blocks(table.rows).map((block, bi) => (
          <tbody key={bi}>
            {block.group && (
              <tr>
                <th scope="rowgroup" colSpan={table.columns.length + 1}>
                  {block.group}
                </th>
              </tr>
            )}
            {block.rows.map((row) => (
              <tr key={row.key} className={`kind-${row.kind}`}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, ci) => {
                  const { value, percent } = cellText(cell, row.kind, report)
                  return (
                    <td key={ci} className={`state-${cell.state}`}>
                      {value}
                      {table.showPercent && percent && <span className="percent">{percent}</span>}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <figcaption>
        {table.unit}
        {table.multi && ' Flere svar mulig: andelene kan til sammen bli mer enn 100 %.'}
        {table.note && ` ${table.note}`}
      </figcaption>
    </figure>
  )
}
