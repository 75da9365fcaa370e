import {
  centreYearForm,
  findField,
  formatNorwegianDate,
  optionLabel,
  osloToday,
  turnedAwayForm,
  type CentreYearForm,
  type FormValues,
  type OfferKey,
  type OptionKey,
  type TurnedAwayForm,
} from '@ly/forms'
import type { Db } from '../db/database'
import { loadRecords, type LoadedRecord } from './load'
import { addDays } from './nights'
import { occupancyYear, type OccupancyYear } from './occupancy-year'
import { loadPlaceRows } from './places'
import { asOfFor } from './stays'

type OfferFull = NonNullable<FormValues<CentreYearForm>['residential_offer_full']>
type ActionWhenFull = FormValues<CentreYearForm>['action_when_full'][number]
type TurnedAwayAction = FormValues<TurnedAwayForm>['action_taken'][number]

/**
 * What the turned-away form's «Hva ble gjort?» says of the annual form's «Hva gjøres når
 * botilbudet er fullt?» (decision 0040). Typed on both lists: a new option on either side
 * must be placed here before the code compiles. `null`: the action answers nothing there.
 */
export const ACTION_WHEN_FULL: Record<TurnedAwayAction, ActionWhenFull | null> = {
  // The person was sent on to a named centre: helped to get to another centre's offer.
  referred_other_centre: 'help_to_other_centre',
  extra_bed: 'extra_bed',
  municipal_emergency_housing: 'other',
  other_help: 'other',
  nothing: null,
}

/** Ly's answer to one question of the annual form, and why, in sentences for the leader. */
export interface FieldProposal<V> {
  /** The proposed answer; null when the year's records give none. */
  value: V | null
  /** Where the proposal comes from, one sentence each, in the order they are read. */
  reasons: string[]
}

export interface AnnualFormProposals {
  year: number
  offer: OfferKey
  /** The last day counted: 31 December, or yesterday while the year runs. */
  countedTo: string
  residential_offer_full: FieldProposal<OfferFull> & {
    /** Days at or above the places by the stays; null without places. */
    fullDays: number | null
    /** Requests turned away because the house was full. */
    houseFullRequests: number
    /** Runs of consecutive full days, by the stays and the requests together. */
    episodes: number
  }
  action_when_full: FieldProposal<ActionWhenFull[]>
}

const HOUSE_FULL: OptionKey<'turned_away', 'reason'> = 'house_full'
const reasonLabel = optionLabel(findField(turnedAwayForm, 'reason')!, HOUSE_FULL)
const actionField = findField(turnedAwayForm, 'action_taken')!
const whenFullField = findField(centreYearForm, 'action_when_full')!
const whenFullOrder = 'options' in whenFullField ? whenFullField.options.map((o) => o.key) : []

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** Runs of consecutive dates in a sorted list of distinct ISO dates. */
function runsOf(dates: readonly string[]): number {
  let runs = 0
  for (let i = 0; i < dates.length; i++) if (i === 0 || addDays(dates[i - 1]!, 1) !== dates[i]) runs++
  return runs
}

export interface ProposalInput {
  year: number
  offer: OfferKey
  occupancy: OccupancyYear
  /** The year of the annual form that gave the places (the year itself or an earlier one). */
  placesYear: number | null
  /** The offer's turned-away requests of the year. */
  requests: readonly LoadedRecord[]
  /** The last day counted: 31 December, or yesterday while the year runs (the nights so far). */
  countedTo: string
}

function proposeFull({ year, occupancy, placesYear }: ProposalInput, houseFull: readonly LoadedRecord[]): AnnualFormProposals['residential_offer_full'] {
  const reasons: string[] = []
  const fullDates = occupancy.days.filter((d) => d.full).map((d) => d.date)
  const requestDates = houseFull.map((r) => String(r.values.request_date))
  const places = occupancy.places
  const lived = occupancy.days.some((d) => d.occupied > 0)
  const against =
    places === null
      ? ''
      : ` (målt mot ${plural(places, 'fast sengeplass', 'faste sengeplasser')}${placesYear !== null && placesYear !== year ? ` fra årsskjemaet for ${placesYear}` : ''})`
  if (places === null) reasons.push('Antall faste sengeplasser er ikke oppgitt i årsskjemaet, så Ly kan ikke regne ut fra oppholdene når tilbudet var fullt.')
  else if (!lived) reasons.push(`Ingen opphold i tilbudet er registrert i Ly for ${year}, så oppholdene sier ikke noe om når tilbudet var fullt.`)
  else if (fullDates.length === 0) reasons.push(`Ifølge oppholdene registrert i Ly var tilbudet ikke fullt noen dag i ${year}${against}.`)
  else {
    const longest = occupancy.longestFullRun
    reasons.push(
      `Ifølge oppholdene registrert i Ly var tilbudet fullt ${plural(fullDates.length, 'dag', 'dager')} i ${year}${against}. Den lengste sammenhengende perioden var ${plural(longest.days, 'dag', 'dager')}, fra ${formatNorwegianDate(longest.from!)}.`,
    )
  }
  reasons.push(
    houseFull.length === 0
      ? `Ingen avviste henvendelser i ${year} har årsaken «${reasonLabel}».`
      : `${plural(houseFull.length, 'avvist henvendelse', 'avviste henvendelser')} i ${year} har årsaken «${reasonLabel}».`,
  )
  const known = (places !== null && lived) || houseFull.length > 0
  const dates = [...new Set([...fullDates, ...requestDates])].sort()
  const episodes = runsOf(dates)
  let value: OfferFull | null = null
  if (!known) reasons.push('Ly har derfor ikke noe forslag til svar.')
  else {
    value = episodes === 0 ? 'no' : episodes === 1 ? 'yes_once' : 'yes_several'
    if (episodes > 0) {
      reasons.push(
        `Til sammen var tilbudet fullt ${episodes === 1 ? 'én gang' : `${episodes} ganger`}: Ly teller hver sammenhengende periode med fulle dager (etter oppholdene eller de avviste henvendelsene) som én gang.`,
      )
    }
  }
  return { value, reasons, fullDays: places === null ? null : fullDates.length, houseFullRequests: houseFull.length, episodes }
}

function proposeActions({ year }: ProposalInput, houseFull: readonly LoadedRecord[]): AnnualFormProposals['action_when_full'] {
  if (houseFull.length === 0) {
    return { value: null, reasons: [`Ingen avviste henvendelser i ${year} har årsaken «${reasonLabel}», så Ly har ikke noe forslag her.`] }
  }
  const counts = new Map<TurnedAwayAction, number>()
  for (const r of houseFull) for (const key of r.values.action_taken as TurnedAwayAction[]) counts.set(key, (counts.get(key) ?? 0) + 1)
  const reasons = [
    `Forslaget bygger på hva som ble gjort ved de ${plural(houseFull.length, 'avviste henvendelsen', 'avviste henvendelsene')} i ${year} med årsaken «${reasonLabel}»:`,
  ]
  const chosen = new Set<ActionWhenFull>()
  for (const key of Object.keys(ACTION_WHEN_FULL) as TurnedAwayAction[]) {
    const count = counts.get(key)
    if (!count) continue
    const target = ACTION_WHEN_FULL[key]
    if (target) chosen.add(target)
    const done = `«${optionLabel(actionField, key)}» ved ${plural(count, 'henvendelse', 'henvendelser')}`
    reasons.push(target ? `${done}: foreslått som «${optionLabel(whenFullField, target)}».` : `${done}: gir ikke noe svar her.`)
  }
  return { value: whenFullOrder.filter((k): k is ActionWhenFull => chosen.has(k as ActionWhenFull)), reasons }
}

/**
 * Ly's proposals for the annual form's capacity questions (issue 22 §1): «Har boligtilbudet vært
 * fullt …» from the full days of the stays and the requests turned away because the house was
 * full; «Hva gjøres når botilbudet er fullt?» from what was done at those requests. Pure: the
 * tests give it hand-made years.
 */
export function proposeAnswers(input: ProposalInput): AnnualFormProposals {
  const { year, offer, countedTo } = input
  const houseFull = input.requests.filter((r) => r.values.reason === HOUSE_FULL)
  const full = proposeFull(input, houseFull)
  if (countedTo < `${year}-12-31`) {
    full.reasons.push(
      countedTo < `${year}-01-01`
        ? `Året har ikke begynt ennå, så Ly har ingen dager å telle.`
        : `Året er ikke over: oppholdene er talt til og med ${formatNorwegianDate(countedTo)}.`,
    )
  }
  return { year, offer, countedTo, residential_offer_full: full, action_when_full: proposeActions(input, houseFull) }
}

/** The year's proposals for one offer of a centre, from its stays, places and turned-away requests. */
export async function annualFormProposals(db: Db, centreId: string, year: number, offer: OfferKey, today = osloToday(new Date())): Promise<AnnualFormProposals> {
  const [occupancy, placeRows, requests] = await Promise.all([
    occupancyYear(db, centreId, year, offer, today),
    loadPlaceRows(db, centreId, year, offer),
    loadRecords(db, turnedAwayForm, { centreId, year, offer, today }),
  ])
  const countedTo = addDays(asOfFor(year, today), -1)
  return proposeAnswers({ year, offer, occupancy, placesYear: placeRows[0]?.year ?? null, requests, countedTo })
}
