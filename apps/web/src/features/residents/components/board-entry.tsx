import { formatNorwegianDate } from '@ly/forms'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { BoardEntry } from '../api/get-occupancy'
import { aboutText } from '../lib/board'
import { nightsText } from '../lib/labels'
import type { ReturnState } from '@/lib/return-to'
import { childCheckOutHref, childStayHref, stayCheckOutHref, stayHref } from '../lib/stay-links'

interface BoardEntryProps {
  entry: BoardEntry
  /** The entry's title: "Saksnummer X" / "Barn 1" — whatever tells it apart first. */
  title: ReactNode
  /** Facts said after the entry's own («2 barn»). */
  extraFacts?: readonly string[]
  /** Who the entry is for the action links' names, by case code or check-in — never by name. */
  name: string
  /** Where check-out leads back to (the board, with its offer). */
  back: ReturnState
}

const links = (entry: BoardEntry) =>
  entry.adultStayId === null
    ? { open: stayHref(entry.id), checkOut: stayCheckOutHref(entry.id) }
    : { open: childStayHref(entry.adultStayId, entry.id), checkOut: childCheckOutHref(entry.adultStayId, entry.id) }

/** What a stay still lacks, in the questions' own words. */
function Missing({ entry }: { entry: BoardEntry }) {
  if (!entry.consent) return <p className="board-missing muted">Uten samtykke: bare datoene registreres.</p>
  if (entry.missing.length === 0) return <p className="board-missing muted">Ingen svar mangler.</p>
  return <p className="board-missing board-missing-some">Mangler svar på: {entry.missing.map((m) => m.label).join(' · ')}</p>
}

/** One person on the board: who (without a name), since when, nights so far, what is missing, and the actions. */
export function BoardEntryView({ entry, title, extraFacts = [], name, back }: BoardEntryProps) {
  const { open, checkOut } = links(entry)
  const facts = [aboutText(entry), `innflyttet ${formatNorwegianDate(entry.startDate)}`, `${nightsText(entry.nights)} hittil`, ...extraFacts].filter(Boolean).join(' · ')
  return (
    <div className="board-entry">
      <div className="board-entry-text">
        {title}
        <p className="board-facts">{facts.charAt(0).toUpperCase() + facts.slice(1)}</p>
        <Missing entry={entry} />
      </div>
      <div className="row-actions">
        <Link to={checkOut} state={back} className="button button-small">
          Flytt ut <span className="visually-hidden">({name})</span>
        </Link>
        <Link to={open} className="button button-small">
          Åpne <span className="visually-hidden">({name})</span>
        </Link>
      </div>
    </div>
  )
}
