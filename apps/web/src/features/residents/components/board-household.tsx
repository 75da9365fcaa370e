import { formatNorwegianDate } from '@ly/forms'
import { useId } from 'react'
import type { BoardEntry } from '../api/get-occupancy'
import { childrenText, type Household } from '../lib/board'
import type { ReturnState } from '@/lib/return-to'
import { BoardEntryView } from './board-entry'

/** Who a person is in the action links' names: by case code, never by name. */
const nameOf = (entry: BoardEntry) => (entry.caseCode ? `saksnummer ${entry.caseCode}` : `uten saksnummer, innflyttet ${formatNorwegianDate(entry.startDate)}`)

const titleOf = (entry: BoardEntry) => (entry.caseCode ? `Saksnummer ${entry.caseCode}` : 'Uten saksnummer')

/** An adult and, beneath, the children of the same stay who are here too. */
export function BoardHousehold({ household, back }: { household: Household; back: ReturnState }) {
  const headingId = useId()
  const { adult, children } = household
  const adultName = nameOf(adult)
  return (
    <article className="household" aria-labelledby={headingId}>
      <BoardEntryView entry={adult} title={<h3 id={headingId}>{titleOf(adult)}</h3>} extraFacts={[childrenText(children.length)]} name={adultName} back={back} />
      {children.length > 0 ? (
        <ol className="household-children" aria-label={`Barn (${titleOf(adult).toLowerCase()})`}>
          {children.map((child, i) => (
            <li key={child.id}>
              <BoardEntryView
                entry={child}
                title={
                  <p className="board-entry-title">
                    Barn {i + 1}
                    {child.caseCode ? <span className="muted"> · saksnummer {child.caseCode}</span> : null}
                  </p>
                }
                name={child.caseCode ? `saksnummer ${child.caseCode}` : `barn ${i + 1}, ${adultName}`}
                back={back}
              />
            </li>
          ))}
        </ol>
      ) : null}
    </article>
  )
}

/** Children on the board whose adult is not (another offer, or the adult has moved out). */
export function UnaccompaniedChildren({ children, back }: { children: readonly BoardEntry[]; back: ReturnState }) {
  return (
    <ul className="board-list">
      {children.map((child) => (
        <li key={child.id} className="household">
          <BoardEntryView entry={child} title={<h3>Barn, {titleOf(child).toLowerCase()}</h3>} name={nameOf(child)} back={back} />
        </li>
      ))}
    </ul>
  )
}
