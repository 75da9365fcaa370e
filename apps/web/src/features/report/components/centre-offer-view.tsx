import type { ReportSection } from '../api/get-report'

type CentreOffer = NonNullable<ReportSection['centreOffer']>

/**
 * The annual form's answers beside the country's counts, as on the print page: a table per part
 * of the form, two columns per offer (the centre's answer, "N av M" centres in the country).
 */
export function CentreOfferView({ facts }: { facts: CentreOffer }) {
  const width = 1 + facts.columns.length * 2
  return (
    <>
      {facts.parts.map((part) => (
        <figure key={part.key} className="report-table centre-offer" id={`arsskjema-${part.key}`} tabIndex={0} aria-label={`${part.part} ${part.title}`}>
          <table>
            <caption>
              {part.part} {part.title}
            </caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  Spørsmål og svar
                </th>
                {facts.columns.map((c) => (
                  <th scope="colgroup" colSpan={2} key={c.offer}>
                    {c.offer}
                  </th>
                ))}
              </tr>
              <tr>
                {facts.columns.map((c) => [
                  <th scope="col" key={`${c.offer}-centre`}>
                    {c.centre}
                  </th>,
                  <th scope="col" key={`${c.offer}-national`}>
                    {c.national}
                  </th>,
                ])}
              </tr>
            </thead>
            {part.groups.map((group) => (
              <tbody key={group.field}>
                {group.kind === 'choices' && (
                  <tr>
                    <th scope="rowgroup" colSpan={width}>
                      {group.question}
                    </th>
                  </tr>
                )}
                {group.rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    {row.cells.map((cell, i) => [<td key={`${i}-a`}>{cell.answer}</td>, <td key={`${i}-n`}>{cell.national ?? ''}</td>])}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
          <figcaption>{facts.note}</figcaption>
        </figure>
      ))}
    </>
  )
}
