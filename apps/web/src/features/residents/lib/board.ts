import type { BoardEntry, Occupancy } from '../api/get-occupancy'

/** An adult staying now with the children of the same stay who are here too. */
export interface Household {
  adult: BoardEntry
  children: BoardEntry[]
}

/**
 * The board's households: each adult with their children beneath, in the order the BFF gives
 * (by check-in). A child whose adult is not on the board (the adult's stay is in the other
 * offer, or was ended while the child stays on) is listed on its own, so nobody is left out.
 */
export function householdsOf(occupancy: Pick<Occupancy, 'adults' | 'children'>): { households: Household[]; unaccompanied: BoardEntry[] } {
  const byAdult = new Map<string, BoardEntry[]>()
  for (const child of occupancy.children) if (child.adultStayId) byAdult.set(child.adultStayId, [...(byAdult.get(child.adultStayId) ?? []), child])
  const households = occupancy.adults.map((adult) => ({ adult, children: byAdult.get(adult.id) ?? [] }))
  const onBoard = new Set(occupancy.adults.map((a) => a.id))
  return { households, unaccompanied: occupancy.children.filter((c) => !c.adultStayId || !onBoard.has(c.adultStayId)) }
}

/** "Kvinne, 34 år" / "Jente" / null: what the answers say about who this is, without a name. */
export function aboutText(entry: Pick<BoardEntry, 'sex' | 'age'>): string | null {
  const parts = [entry.sex?.label, entry.age === null ? null : `${entry.age} år`].filter((p): p is string => !!p)
  return parts.length ? parts.join(', ') : null
}

/** "1 barn" / "2 barn": the same word in singular and plural. */
export const childrenText = (n: number) => (n === 0 ? 'ingen barn her' : `${n} barn`)

export interface FreePlaces {
  offer: 'women' | 'men'
  year: number
  beds: number
  /** Adults and children of the offer staying now. */
  staying: number
  free: number
}

/** Each offer's free places: the annual form's fixed places less everyone staying in the offer now. */
export function freePlaces(occupancy: Pick<Occupancy, 'adults' | 'children' | 'places'>): FreePlaces[] {
  return occupancy.places.map(({ offer, year, beds }) => {
    const staying = [...occupancy.adults, ...occupancy.children].filter((e) => e.offer === offer).length
    return { offer, year, beds, staying, free: beds - staying }
  })
}
