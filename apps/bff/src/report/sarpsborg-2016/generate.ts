import { S1, SYNTHETIC } from './figures'
import { fitPercents } from './fit'

/**
 * Synthetic records whose statistics are Sarpsborg's published 2016 figures (figures.ts), in
 * the interchange format (docs/interchange.md). No person behind them: no case codes, refs
 * that say what they are, ages and dates chosen to fit the figures. Deterministic: the same
 * call always gives the same lines, so the committed fixture is checked against it.
 *
 * Where S1 gives only percentages, `fitPercents` finds counts Ly prints as the same whole
 * percent, with the denominator S1's text implies (those who answered, data-dictionary R4);
 * everyone else leaves the question unanswered. Figur 4's earlier years (2010–2015) are there
 * as persons only, with the few 2014/2015 answers S1 prints, so the report's comparisons with
 * 2015 compare with S1's 2015.
 */
export type Line = Record<string, unknown>

const YEAR = 2016

// ---- small helpers ---------------------------------------------------------------------------

/** `n` values: each value `count` times in order, then `rest` (unanswered: null). */
function blocks<T>(n: number, parts: readonly (readonly [T, number])[], rest: T | null = null): (T | null)[] {
  const out: (T | null)[] = []
  for (const [value, count] of parts) for (let i = 0; i < count; i++) out.push(value)
  if (out.length > n) throw new Error(`blocks: ${out.length} values for ${n} persons`)
  while (out.length < n) out.push(rest)
  return out
}

/**
 * A multiple choice over the first `answered` of `n` persons: option j is ticked by `count`
 * persons in a row, starting where the previous option stopped and wrapping, so every answering
 * person ticks at least one when the counts add up to `answered` or more. The rest: unanswered.
 */
function ticks(n: number, answered: number, parts: readonly (readonly [string, number])[]): (string[] | null)[] {
  const out: string[][] = Array.from({ length: answered }, () => [])
  let at = 0
  for (const [key, count] of parts) {
    for (let i = 0; i < count; i++) out[(at + i) % answered]!.push(key)
    at = (at + count) % answered
  }
  if (out.some((o) => o.length === 0)) throw new Error('ticks: someone who answered ticked nothing')
  return [...out, ...Array.from({ length: n - answered }, () => null)]
}

/** Counts for published percentages of `max` (see fitPercents), paired with their keys. */
function fitted<K extends string>(shares: Readonly<Record<K, number>>, max: number, disjoint = true): { n: number; parts: [K, number][] } {
  const keys = Object.keys(shares) as K[]
  const { n, counts } = fitPercents(
    keys.map((k) => shares[k]),
    max,
    { disjoint },
  )
  return { n, parts: keys.map((k, i) => [k, counts[i]!]) }
}

/** Counts of a known N from percentages printed with decimals (Figur 8 and 9, data-dictionary A5/A6). */
const ofN = <K extends string>(shares: Readonly<Record<K, number>>, n: number): [K, number][] => (Object.keys(shares) as K[]).map((k) => [k, Math.round((shares[k] / 100) * n)])

const pad = (v: number) => String(v).padStart(2, '0')
const date = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`
function addDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`)
  t.setUTCDate(t.getUTCDate() + days)
  return t.toISOString().slice(0, 10)
}
/** Nights of a stay in YEAR: the night of date d belongs to d's year (decision 4). */
function nightsIn(start: string, end: string, year = YEAR): number {
  const from = start < `${year}-01-01` ? `${year}-01-01` : start
  const to = end > `${year + 1}-01-01` ? `${year + 1}-01-01` : end
  return Math.max(0, (Date.parse(to) - Date.parse(from)) / 86_400_000)
}

/** Ages in a band, spread over it: the fixture's numbers are bands, not people. */
function agesIn(band: readonly [number, number], count: number): number[] {
  const [lo, hi] = band
  return Array.from({ length: count }, (_, i) => lo + (i % (hi - lo + 1)))
}

// ---- stays of 2016 ---------------------------------------------------------------------------

interface Stay {
  start: string
  end: string
}

/**
 * The three adults who lived there at New Year (S1:689): in since December 2015, out in January.
 * They are part of 2015's 59 women as well.
 */
const newYearStays: Stay[] = [
  { start: '2015-12-04', end: '2016-01-08' },
  { start: '2015-12-11', end: '2016-01-15' },
  { start: '2015-12-18', end: '2016-01-22' },
]

/**
 * Move-ins per month of 2016 for the 70 women who came in the year: more from May to October
 * (S1:663-667, Figur 22), and a small rise for children at the end of the year (S1:697-701).
 */
const womenStartsPerMonth = [5, 5, 3, 6, 6, 7, 8, 9, 7, 6, 3, 5]
/** Lengths in nights, taken in turn; the last stays are then trimmed to give S1's total exactly. */
const lengths = [24, 31, 18, 40, 27, 35, 22, 29]

function womenStays2016(): Stay[] {
  const stays: Stay[] = []
  let k = 0
  womenStartsPerMonth.forEach((count, i) => {
    const month = i + 1
    for (let j = 0; j < count; j++) {
      const start = date(YEAR, month, 1 + Math.floor((j * 27) / count))
      const end = addDays(start, lengths[k++ % lengths.length]!)
      stays.push({ start, end: end > `${YEAR}-12-31` ? `${YEAR}-12-31` : end })
    }
  })
  // Women's nights are S1's 2036 (S1:642) less those of the three at New Year.
  const target = S1.nights.value.women - newYearStays.reduce((a, s) => a + nightsIn(s.start, s.end), 0)
  let excess = stays.reduce((a, s) => a + nightsIn(s.start, s.end), 0) - target
  for (let i = stays.length - 1; excess !== 0 && i >= 0; i--) {
    const s = stays[i]!
    const room = excess > 0 ? Math.min(excess, nightsIn(s.start, s.end) - 7) : Math.max(excess, -(nightsIn(s.start, `${YEAR}-12-31`) - nightsIn(s.start, s.end)))
    s.end = addDays(s.end, -room)
    excess -= room
  }
  if (excess !== 0) throw new Error('women’s nights do not fit')
  return stays
}

/**
 * Which of the women (indices into the New Year stays followed by the 2016 ones, in move-in
 * order) brought children: mostly in the summer, for the children's nights to peak in July and
 * August, and two in December for the small rise at the end of the year (S1:697-701).
 */
const mothersOf2016 = [4, 9, 17, 19, 23, 25, 27, 29, 32, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 54, 56, 59, 61, 68, 70]

/** The two men (S1:223): 29 nights between them (S1:642-644). */
const menStays: Stay[] = [
  { start: '2016-06-06', end: '2016-06-20' },
  { start: '2016-09-12', end: '2016-09-27' },
]

// ---- the records -----------------------------------------------------------------------------

export function sarpsborgRecords(): Line[] {
  return [...adultsAndChildren2016(), ...earlierYears(), ...dayVisits(), ...incomingCalls()]
}

const bandAges = { '18_29': [20, 29], '30_39': [30, 39], '40_49': [40, 49], '50_59': [50, 59], '60_plus': [60, 68] } as const

function adultsAndChildren2016(): Line[] {
  const women = [...newYearStays, ...womenStays2016()]
  const stays = [...women, ...menStays]
  const n = stays.length // 75 (S1:221)
  if (n !== S1.residents.adults2016.value) throw new Error('adults do not add up')

  // Figur 5: the four named groups, the rest 50–59; S1's shares fit those who answered (R4).
  const age = fitted(S1.adultAge.value, n)
  const named = age.parts.reduce((a, [, c]) => a + c, 0)
  const ageBands = blocks<keyof typeof bandAges>(n, [...age.parts, ['50_59', age.n - named]])
  const bandCounters = new Map<string, number>()
  const ages = ageBands.map((b) => {
    if (b === null) return null
    const i = bandCounters.get(b) ?? 0
    bandCounters.set(b, i + 1)
    return agesIn(bandAges[b], i + 1)[i]!
  })

  const abroad = fitted({ both: S1.parentsAbroadBoth.value[2016], one: S1.parentsAbroadOne2016.value }, n)
  const parentsAbroad = blocks(n, [...abroad.parts, ['none', abroad.n - abroad.parts[0]![1]]])
  // Perpetrators' parents were born abroad less often than the victims' (S1:307-313).
  const perpAbroad = blocks(n, [
    ['both', Math.round(n * 0.4)],
    ['none', n - Math.round(n * 0.4)],
  ])

  const previous = S1.previousStaysAdults.value
  const previousStays = blocks(
    n,
    [
      [1, previous[1]],
      [2, previous[2]],
      [3, previous[3]],
      [4, previous[4]],
    ],
    0,
  )

  // The 44 % who brought children (S1:264) are women who came in 2016: nobody's children lived there at New Year.
  const brought = fitted({ yes: S1.broughtChildren.value[2016] }, n).parts[0]![1]
  if (brought !== mothersOf2016.length) throw new Error(`${brought} adults brought children, ${mothersOf2016.length} mothers chosen`)
  const mothers = mothersOf2016
  const childrenPerMother = blocks(brought, [[2, S1.residents.children.value[2016] - brought]], 1) as number[]

  const violence = ticks(n, S1.violenceTypesN.value, ofN(S1.violenceTypes.value, S1.violenceTypesN.value))
  const duration = blocks(n, [...ofN(S1.violenceDuration.value, S1.violenceDurationN.value)], 'unknown')
  const routes = ofN(S1.contactRoute.value, S1.contactRouteN.value)
  const routed = routes.reduce((a, [, c]) => a + c, 0)
  const contactRoute = blocks(n, [...routes, ['mental_health_service', 2], ['other_agency', S1.contactRouteN.value - routed - 2]])

  const relation = fitted({ partners: S1.partnersCombined.value, parents: S1.parentsStepparents.value }, n)
  const [partners, parents] = relation.parts.map(([, c]) => c) as [number, number]
  const perpetratorRelation = ticks(n, relation.n, [
    ['current_spouse_cohabitant', Math.round(partners * 0.55)],
    ['former_spouse_cohabitant', partners - Math.round(partners * 0.55) - 8],
    ['boyfriend_girlfriend', 8],
    ['parents_stepparents', parents],
    ['other_family', Math.ceil((relation.n - partners - parents) / 2)],
    ['acquaintances', Math.floor((relation.n - partners - parents) / 2)],
  ])
  const sex = fitted(S1.perpetratorSex.value, n, false)
  const perpetratorSex = ticks(n, sex.n, sex.parts)

  const work = fitted(S1.workIncome.value, n, false)
  const benefits = work.parts[0]![1]
  const partTime = work.parts[1]![1]
  const workIncome = ticks(n, work.n, [
    ['benefits_pension', benefits],
    ['part_time_work', partTime],
    ['full_time_work', 8],
    ['job_seeker', 5],
    ['education', work.n - benefits - partTime - 13],
  ])
  // NAV, police, lawyer, child welfare and housing office most often (S1:385-388).
  const agencies = ticks(n, n, [
    ['nav', 50],
    ['police', 40],
    ['lawyer', 30],
    ['child_welfare', 24],
    ['housing_office', 20],
    ['family_counselling_office', 8],
    ['mental_health_service', 6],
    ['other', 5],
  ])

  const dest = fitted(S1.destination.value, n)
  const destination = blocks(n, [
    ...dest.parts,
    ['relatives_friends', 9],
    ['other_crisis_centre', 9],
    ['transitional_housing', 2],
    ['institution', 2],
    ['other_place', dest.n - dest.parts.reduce((a, [, c]) => a + c, 0) - 22],
  ])
  // S1's 28 % reported (S1:449) and its 53–69 % not wanting to (S1:441-443) are of every stay, the undecided included.
  const reported = Math.round((S1.policeReported.value / 100) * n)
  const notWanting = Math.round(0.6 * n)
  const policeReport = blocks(
    n,
    [
      ['reported_by_self', reported - 7],
      ['public_prosecution', 4],
      ['reported_by_others', 3],
      ['does_not_want_to_report', notWanting],
    ],
    'undecided_unknown',
  )

  const lines: Line[] = []
  const childLines: Line[] = []
  const kids = children2016(mothers.map((m, i) => ({ stay: stays[m]!, count: childrenPerMother[i]! })))
  let kid = 0
  stays.forEach((stay, i) => {
    const isMan = i >= women.length
    const mother = mothers.indexOf(i)
    const rosa = i === 10 || i === 20 // S1:173: two ROSA residents, both with human trafficking among the reasons
    const types = violence[i] ?? null
    const ref = `voksen-2016-${pad(i + 1)}`
    lines.push(
      compact({
        form: 'adult_stay',
        ref,
        offer: isMan ? 'men' : 'women',
        consent_to_statistics: true,
        stay_start_date: stay.start,
        stay_end_date: stay.end,
        first_stay_in_year: 'yes',
        sex: isMan ? 'male' : 'female',
        age: ages[i],
        parents_born_abroad: parentsAbroad[i],
        work_income: workIncome[i],
        previous_stays_count: previousStays[i],
        brought_children: mother >= 0,
        children_brought_count: mother >= 0 ? childrenPerMother[mother] : null,
        contact_route: contactRoute[i],
        agencies_during_stay: agencies[i],
        violence_types: rosa ? [...(types ?? []), 'human_trafficking'] : types,
        violence_duration: duration[i],
        perpetrator_relation: perpetratorRelation[i],
        perpetrator_sex: perpetratorSex[i],
        perpetrator_parents_born_abroad: perpAbroad[i],
        rosa_case: rosa ? true : null,
        police_report: policeReport[i],
        destination_after_stay: destination[i],
      }),
    )
    if (mother >= 0) for (let c = 0; c < childrenPerMother[mother]!; c++) childLines.push({ ...kids[kid++]!, adult_ref: ref })
  })
  return [...lines, ...childLines]
}

/** The 47 children (S1:221) with their mothers' stays; a few come later, to give S1's 1068 nights. */
function children2016(families: readonly { stay: Stay; count: number }[]): Line[] {
  const n = S1.residents.children.value[2016]
  const stays: Stay[] = families.flatMap((f) => Array.from({ length: f.count }, () => ({ ...f.stay })))
  let excess = stays.reduce((a, s) => a + nightsIn(s.start, s.end), 0) - S1.nights.value.children
  if (excess < 0) throw new Error(`children’s stays are ${-excess} nights short`)
  // Later arrivals, from the first stays of the year on, until the nights are S1's.
  for (let i = 0; excess > 0 && i < stays.length; i++) {
    const s = stays[i]!
    const later = Math.min(excess, nightsIn(s.start, s.end) - 5)
    s.start = addDays(s.start, later)
    excess -= later
  }

  const age = fitted({ infants: S1.childAge0to2.value, underSchool: S1.childUnderSchoolAge.value }, n, false)
  const [infants, underSchool] = age.parts.map(([, c]) => c) as [number, number]
  const ages = [...agesIn([0, 2], infants), ...agesIn([3, 5], underSchool - infants), ...agesIn([6, 15], age.n - underSchool), ...Array.from({ length: n - age.n }, () => null)]
  const abroad = fitted(S1.childParentsAbroad.value, n)
  const prev = S1.previousStaysChildren.value
  const rel = fitted(S1.childRelation.value, n, false)
  const [fatherOrStep, grandparents, unknownPersons] = rel.parts.map(([, c]) => c) as [number, number, number]
  const relation = ticks(n, rel.n, [
    ['father', fatherOrStep - 4],
    ['stepfather', 4],
    ['grandparents', grandparents],
    ['unknown_persons', unknownPersons],
  ])
  const day = fitted(S1.childDaycare.value, n)
  const [kindergarten, school] = day.parts.map(([, c]) => c) as [number, number]
  const neither = underSchool - kindergarten
  const daycare = blocks(n, [
    ['neither_under_school_age', neither],
    ['kindergarten', kindergarten],
    ['school', school],
    ['not_enrolled', day.n - neither - kindergarten - school],
  ])
  const cont = fitted(S1.childContinued.value, kindergarten + school)
  const continuedInOrder = blocks(kindergarten + school, [...cont.parts, ['partly', cont.n - cont.parts.reduce((a, [, c]) => a + c, 0)]])
  let inCare = 0
  const leisure = Math.round(0.15 * n) // «ca 10 - 20%» (S1:574-576)
  const leisureGoingOn = blocks(
    leisure,
    [
      ['continued', 3],
      ['partly', 3],
    ],
    'not_continued',
  )
  const already = fitted({ yes: S1.childWelfareAlready.value[2016] }, n)
  const concern = fitted({ yes: S1.concernReport.value[2016] }, n)
  const contact = fitted({ yes: S1.childContactWithPerpetrator.value }, n)
  const dest = fitted(S1.childDestination.value, n)
  const destRest = dest.n - dest.parts.reduce((a, [, c]) => a + c, 0)
  const destination = blocks(n, [...dest.parts, ['new_other_home', destRest - 13], ['relatives_friends', 5], ['other_crisis_centre', 4], ['other_place', 4]])
  const previousStays = blocks(
    n,
    [
      [1, prev[1]],
      [2, prev[2]],
      [3, prev[3]],
    ],
    0,
  )

  return stays.map((s, i) => {
    const status = daycare[i]
    const inKindergartenOrSchool = status === 'kindergarten' || status === 'school'
    return compact({
      form: 'child_stay',
      ref: `barn-2016-${pad(i + 1)}`,
      stay_start_date: s.start,
      stay_end_date: s.end,
      first_stay_in_year: 'yes',
      sex: i % 2 === 0 ? 'girl' : 'boy',
      age: ages[i],
      parents_born_abroad: i < abroad.n ? blocks(abroad.n, abroad.parts)[i] : null,
      previous_stays_count: previousStays[i],
      perpetrator_relation: relation[i],
      daycare_school_status: status,
      organised_leisure: i < n - 2 ? i >= n - 2 - leisure : null,
      child_welfare_already_involved: i < already.n ? i < already.parts[0]![1] : null,
      contact_with_perpetrator_during_stay: i < contact.n ? i < contact.parts[0]![1] : null,
      daycare_school_continued: inKindergartenOrSchool ? continuedInOrder[inCare++] : null,
      organised_leisure_continued: i < n - 2 && i >= n - 2 - leisure ? leisureGoingOn[i - (n - 2 - leisure)] : null,
      concern_report_sent: i < concern.n ? i < concern.parts[0]![1] : null,
      destination_after_stay: destination[i],
    })
  })
}

/**
 * Figur 4's earlier years (S1:227-235) as persons only — women, men and children with their
 * stays in the year — and the answers S1 prints for 2014 and 2015: adults who brought children
 * (S1:264-266), both parents born abroad in 2015 (S1:299), concern reports and child welfare
 * already involved (S1:629-637). Nothing else is answered, so the report shows those years'
 * other questions as «ikke registrert».
 */
function earlierYears(): Line[] {
  const lines: Line[] = []
  for (const year of [2010, 2011, 2012, 2013, 2014, 2015] as const) {
    // 2015's women include the three who lived there at New Year, registered with 2016 above.
    const atNewYear = year === 2015 ? newYearStays.length : 0
    const women = S1.residents.women.value[year] - atNewYear
    const men = S1.residents.men.value[year]
    const children = S1.residents.children.value[year]
    const adults = women + men
    const answers = year === 2014 || year === 2015
    const broughtFit = answers ? fitted({ yes: S1.broughtChildren.value[year] }, adults + atNewYear) : null
    // Mothers: the first adults, one or two children each.
    const mothers = broughtFit ? broughtFit.parts[0]![1] : Math.ceil(children / 2)
    const perMother = blocks(mothers, [[2, children - mothers]], 1) as number[]
    const abroad = year === 2015 ? fitted({ both: S1.parentsAbroadBoth.value[2015] }, adults + atNewYear) : null
    // The three at New Year answered «both» (2016's first block); the fit counts them.
    const abroadHere = abroad ? abroad.parts[0]![1] - atNewYear : 0
    const concern = answers ? fitted({ yes: S1.concernReport.value[year] }, children) : null
    const already = answers ? fitted({ yes: S1.childWelfareAlready.value[year] }, children) : null
    let child = 0
    for (let i = 0; i < adults; i++) {
      const month = 1 + (i % 11)
      const start = date(year, month, 3 + (i % 20))
      const end = addDays(start, 12 + (i % 5) * 6)
      const ref = `voksen-${year}-${pad(i + 1)}`
      const isMother = i < mothers
      lines.push(
        compact({
          form: 'adult_stay',
          ref,
          offer: i < women ? 'women' : 'men',
          consent_to_statistics: true,
          stay_start_date: start,
          stay_end_date: end,
          first_stay_in_year: 'yes',
          sex: i < women ? 'female' : 'male',
          // The last adult leaves both questions unanswered: S1's shares are of those who answered.
          parents_born_abroad: abroad ? (i < abroadHere ? 'both' : i < abroad.n - atNewYear ? 'none' : null) : null,
          brought_children: broughtFit ? (i < broughtFit.n - atNewYear ? isMother : null) : null,
          children_brought_count: broughtFit && isMother ? perMother[i] : null,
        }),
      )
      if (!isMother) continue
      for (let c = 0; c < perMother[i]!; c++, child++) {
        lines.push(
          compact({
            form: 'child_stay',
            ref: `barn-${year}-${pad(child + 1)}`,
            adult_ref: ref,
            stay_start_date: start,
            stay_end_date: end,
            first_stay_in_year: 'yes',
            concern_report_sent: concern ? child < concern.parts[0]![1] : null,
            child_welfare_already_involved: already ? child < already.parts[0]![1] : null,
          }),
        )
      }
    }
    if (child !== children) throw new Error(`${year}: ${child} children, S1 has ${children}`)
  }
  return lines
}

/**
 * The 106 day conversations, 102 with consent (S1:762-764): one first conversation per day
 * user (a number S1 does not give: SYNTHETIC.dayUsers), further conversations of some of them,
 * and four bare events. Most in February and March, fewest in October and December (S1:898-900).
 */
const visitsPerMonth = [9, 14, 13, 10, 9, 9, 8, 9, 9, 5, 7, 4]

function dayVisits(): Line[] {
  const p = SYNTHETIC.dayUsers
  const dates = visitsPerMonth.flatMap((count, i) => Array.from({ length: count }, (_, j) => date(YEAR, i + 1, 2 + Math.floor((j * 26) / count))))
  if (dates.length !== S1.dayConversations.value) throw new Error('day conversations do not add up')
  const sex = fitted(S1.dayUserSex.value, p)
  const prior = fitted(S1.dayUserPriorContact.value, p, false)
  const [dayUser, phone, resident, none] = prior.parts.map(([, c]) => c) as [number, number, number, number]
  // «none» excludes the rest, so those who had no earlier contact are the last, and the three
  // earlier kinds are ticked over the others, former residents first (they are asked about stays).
  const withPrior = prior.n - none
  const priorContact = [
    ...ticks(withPrior, withPrior, [
      ['resident', resident],
      ['day_user', dayUser],
      ['phone', phone],
    ]),
    ...Array.from({ length: none }, () => ['none']),
    ...Array.from({ length: p - prior.n }, () => null),
  ]
  const stays = fitted(S1.dayUserPreviousStays.value, resident)
  const previousStays = blocks(resident, [
    [1, stays.parts[0]![1]],
    [2, stays.parts[1]![1]],
    [4, stays.parts[2]![1]],
  ])
  const municipality = fitted(S1.dayUserMunicipality.value, p)
  const route = fitted(S1.dayUserContactRoute.value, p)
  const violenceFit = fitted(S1.dayUserViolence.value, p, false)
  const violence = ticks(p, violenceFit.n, violenceFit.parts)
  const work = fitted({ ...S1.dayUserWork.value, working: S1.dayUserWorking.value }, p, false)
  const [benefits, course, homemaker, working] = work.parts.map(([, c]) => c) as [number, number, number, number]
  const full = Math.round(working * 0.6)
  const workIncome = ticks(p, work.n, [
    ['full_time_work', full],
    ['part_time_work', working - full],
    ['benefits_pension', benefits],
    ['course', course],
    ['homemaker', homemaker],
    ['job_seeker', 3],
  ])
  const rel = fitted(S1.dayUserRelation.value, p, false)
  const relation = ticks(p, rel.n, [...rel.parts, ['parents_stepparents', 8], ['other_family', 6]])
  const psex = fitted(S1.dayUserPerpetratorSex.value, p, false)
  const count = fitted(S1.dayUserPerpetratorCount.value, p)
  const abroad = fitted({ both: S1.dayUserParentsAbroad.value }, p)
  const kids = fitted({ home: S1.dayUserChildrenAtHome.value, brought: S1.dayUserBroughtChildren.value }, p)
  const [atHome, broughtKids] = kids.parts.map(([, c]) => c) as [number, number]
  // Figur 28's ages are of all day users; the 22 % not in a group are not known (S1:804-806).
  const age = fitted(S1.dayUserAge.value, p)
  const ageBands = { under_30: [19, 29], '30_49': [30, 49], '50_plus': [50, 66] } as const
  const ages = age.parts.flatMap(([band, c]) => agesIn(ageBands[band], c))

  // Four conversations without consent spread over the year; the repeats from March on.
  const repeats = S1.dayConversationsConsenting.value - p
  const kinds: ('bare' | 'first' | 'repeat')[] = dates.map((_, i) => (i % 26 === 25 ? 'bare' : 'first'))
  for (let i = 40, left = repeats; left > 0; i++) {
    if (kinds[i] !== 'first' || i % 3 !== 0) continue
    kinds[i] = 'repeat'
    left--
  }
  const routes = [...blocks(route.n, route.parts, 'other_agency'), ...Array.from({ length: p - route.n }, () => null)]

  const lines: Line[] = []
  let person = 0
  let repeat = 0
  dates.forEach((visitDate, i) => {
    const ref = `dagsamtale-${pad(Math.floor(i / 100))}${pad(i % 100)}`
    const bare = kinds[i] === 'bare'
    const isFirst = kinds[i] === 'first'
    if (bare) {
      lines.push({ form: 'day_visit', ref, offer: 'women', consent_to_statistics: false, visit_date: visitDate })
      return
    }
    if (!isFirst) {
      repeat++
      lines.push({ form: 'day_visit', ref, offer: 'women', consent_to_statistics: true, visit_date: visitDate, first_visit_in_year: 'no' })
      return
    }
    const k = person++
    const isMale = k >= sex.parts[0]![1]
    const priorK = priorContact[k] ?? null
    const formerResident = priorK?.includes('resident') ?? false
    const residentIndex = formerResident ? priorContact.slice(0, k).filter((x) => x?.includes('resident')).length : -1
    const hasKids = k < atHome
    lines.push(
      compact({
        form: 'day_visit',
        ref,
        offer: isMale ? 'men' : 'women',
        consent_to_statistics: true,
        visit_date: visitDate,
        visit_location: 'at_centre',
        first_visit_in_year: 'yes',
        sex: isMale ? 'male' : 'female',
        age: ages[(k * 7) % p] ?? null,
        parents_born_abroad: k < abroad.parts[0]![1] ? 'both' : 'none',
        work_income: workIncome[k],
        municipality_affiliation: blocks(p, municipality.parts)[k],
        children_under_18_in_household: hasKids,
        brought_children: hasKids ? k < broughtKids : null,
        contact_route: routes[k],
        prior_contact: priorK,
        previous_stays_count: formerResident ? (previousStays[residentIndex] ?? null) : null,
        violence_types: violence[k],
        perpetrator_relation: relation[k],
        perpetrator_sex: ticks(p, psex.n, psex.parts)[k],
        perpetrator_count: blocks(p, count.parts)[k],
      }),
    )
  })
  if (person !== p || repeat + person !== S1.dayConversationsConsenting.value) throw new Error(`day users ${person}, repeats ${repeat}`)
  return lines
}

/**
 * The 899 incoming calls (S1:59), a sixth of them crisis calls (S1:61), by caller (Figur 1),
 * reason (Figur 2) and month (Figur 3): most in July with peaks in September and January; crisis
 * calls most in January, peaks in April and October and the whole third tertial, fewest in
 * February and August (S1:61-65, 142-154).
 */
const callsPerMonth = [85, 65, 70, 72, 70, 75, 100, 68, 88, 72, 70, 64]
const crisisPerMonth = [20, 6, 10, 15, 11, 10, 10, 6, 14, 17, 16, 15]

function incomingCalls(): Line[] {
  const n = S1.calls.value
  const crisisTotal = Math.round(n * S1.crisisShare.value)
  if (callsPerMonth.reduce((a, b) => a + b) !== n || crisisPerMonth.reduce((a, b) => a + b) !== crisisTotal) throw new Error('calls do not add up')
  const callers = fitted(S1.callerType.value, n, false)
  // Shares rounded from 899 add up to 900: the largest group gives one back (32 % either way).
  const total = callers.parts.reduce((a, [, c]) => a + c, 0)
  callers.parts[0]![1] -= total - n
  const callerType = blocks(n, callers.parts)
  const reason = blocks(
    n,
    [
      ['violence', Math.round(n / 4)],
      ['guidance', Math.round(n / 4)],
    ],
    'case_follow_up',
  )
  const minority = Math.round((S1.minorityLanguage.value / 100) * n)
  let selfCount = 0
  const privateCallers = callerType.filter((c) => c === 'woman_private' || c === 'man_private').length
  const lines: Line[] = []
  let i = 0
  callsPerMonth.forEach((count, m) => {
    for (let j = 0; j < count; j++, i++) {
      const caller = callerType[(i * 37) % n]!
      const isPrivate = caller === 'woman_private' || caller === 'man_private'
      const self = isPrivate ? selfCount++ < Math.round(privateCallers / 2) : null
      lines.push(
        compact({
          form: 'incoming_call',
          ref: `samtale-${pad(Math.floor(i / 100))}${pad(i % 100)}`,
          offer: 'women',
          call_date: date(YEAR, m + 1, 1 + Math.floor((j * 28) / count)),
          in_scope: true,
          caller_type: caller,
          is_crisis_call: j < crisisPerMonth[m]!,
          on_behalf_of_self: self,
          call_reason: reason[(i * 53) % n],
          minority_language_background: (i * 11) % n < minority,
        }),
      )
    }
  })
  return lines
}

/** Unanswered questions are left out of the line (the interchange format's "absent"). */
function compact(line: Line): Line {
  return Object.fromEntries(Object.entries(line).filter(([, v]) => v !== null && v !== undefined))
}

/** The fixture file's text: one JSON object per line. */
export const sarpsborgJsonl = () =>
  sarpsborgRecords()
    .map((l) => JSON.stringify(l))
    .join('\n') + '\n'
