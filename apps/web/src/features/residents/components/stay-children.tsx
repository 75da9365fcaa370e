import { childStayForm, formatNorwegianDate } from '@ly/forms'
import { Link, useLocation } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { toDisplayError } from '@/lib/api-error'
import { EmptyCell } from '@/features/records/components/empty-cell'
import { listColumns } from '@/features/records/components/list-columns'
import { useStayChildren } from '../api/get-stay-children'
import { bareEventOf, factsOf } from '../lib/stay-facts'
import { returnState } from '@/lib/return-to'
import { childCheckOutHref, childStayHref, newChildStayHref } from '../lib/stay-links'
import { MissingList } from './missing-list'
import { TableWrap } from '@/components/table-wrap'

/** The answers shown of each child: the definition's `listFields`. */
const answerColumns = listColumns(childStayForm)

/** The children registered with an adult's stay, each with its own page and check-out. */
export function StayChildren({ adultId }: { adultId: string }) {
  const children = useStayChildren(adultId)
  const location = useLocation()
  return (
    <section aria-labelledby="barn-i-oppholdet" className="stay-part">
      <h2 id="barn-i-oppholdet">Barn</h2>
      {children.isPending ? (
        <LoadingStatus>Laster barna …</LoadingStatus>
      ) : children.isError ? (
        <FormAlert message={toDisplayError(children.error).message} />
      ) : children.data.length === 0 ? (
        <p>Ingen barn er registrert med dette oppholdet.</p>
      ) : (
        <TableWrap label={`Barn i oppholdet (${children.data.length})`}>
          <table>
            <caption>Barn i oppholdet ({children.data.length})</caption>
            <thead>
              <tr>
                <th scope="col">Barn</th>
                <th scope="col">Saksnummer</th>
                <th scope="col">Innflyttet</th>
                <th scope="col">Utflyttet</th>
                <th scope="col">Bodøgn</th>
                {answerColumns.map((column, index) => (
                  <th key={index} scope="col">
                    {column.header}
                  </th>
                ))}
                <th scope="col">Mangler</th>
                <th scope="col">Handlinger</th>
              </tr>
            </thead>
            <tbody>
              {children.data.map((child, index) => {
                const facts = factsOf(child)
                const bare = bareEventOf(child.values)
                const name = `barn ${index + 1}`
                return (
                  <tr key={child.id}>
                    <th scope="row">Barn {index + 1}</th>
                    <td>{bare.caseCode ?? <EmptyCell text="uten saksnummer" />}</td>
                    <td>{bare.start ? formatNorwegianDate(bare.start) : <EmptyCell />}</td>
                    <td>{bare.end ? formatNorwegianDate(bare.end) : <EmptyCell text="bor fortsatt på senteret" />}</td>
                    <td>{facts.nights}</td>
                    {answerColumns.map((column, index) => (
                      <td key={index}>{column.cell(child)}</td>
                    ))}
                    <td>
                      <MissingList missing={facts.missing} consent={bare.consent} />
                    </td>
                    <td>
                      <div className="row-actions">
                        {bare.end ? null : (
                          <Link to={childCheckOutHref(adultId, child.id)} state={returnState(location.pathname)} className="button button-small">
                            Flytt ut <span className="visually-hidden">({name})</span>
                          </Link>
                        )}
                        <Link to={childStayHref(adultId, child.id)} className="button button-small">
                          Åpne <span className="visually-hidden">({name})</span>
                        </Link>
                      </div>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      <p>
        <Link to={newChildStayHref(adultId)} className="button">
          Registrer barn
        </Link>
      </p>
    </section>
  )
}
