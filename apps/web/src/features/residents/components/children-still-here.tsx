import { formatNorwegianDate } from '@ly/forms'
import { Link, useLocation } from 'react-router'
import { useStayChildren } from '../api/get-stay-children'
import { bareEventOf } from '../lib/stay-facts'
import { childCheckOutHref, returnState } from '../lib/stay-links'

/**
 * An adult cannot leave while a child of the stay is registered as present (decision 4): the
 * children still here, each with its own check-out, which leads back to this step.
 */
export function ChildrenStillHere({ adultId }: { adultId: string }) {
  const children = useStayChildren(adultId)
  const location = useLocation()
  const here = (children.data ?? []).map((child, index) => ({ child, number: index + 1, bare: bareEventOf(child.values) })).filter((c) => c.bare.end === null)
  if (here.length === 0) return null
  return (
    <div className="alert missing-answers">
      <p>
        {here.length === 1 ? 'Ett barn' : `${here.length} barn`} i oppholdet bor fortsatt på senteret. Flytt ut barna først, samme dag eller
        tidligere:
      </p>
      <ul>
        {here.map(({ child, number, bare }) => (
          <li key={child.id}>
            Barn {number}
            {bare.caseCode ? ` (saksnummer ${bare.caseCode})` : ''}, innflyttet {bare.start ? formatNorwegianDate(bare.start) : ''}:{' '}
            <Link to={childCheckOutHref(adultId, child.id)} state={returnState(location.pathname)}>
              Flytt ut barn {number}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
