import { centreYearForm, type FieldDef, type RecordValues } from '@ly/forms'
import type { Db } from '../db/database'
import { findRecords } from '../db/records'
import { nationalFigures } from '../statistics/national-figures'
import { centreIndicatorFor } from '../statistics/centre-indicators'
import { questionRows } from './centre-offer-cells'
import type { CentreOfferFacts, CentreOfferPart } from './model'
import { anyRowLabels, centreOfferParts } from './spec/centre-offer'

type Offer = 'women' | 'men'
const OFFERS: readonly { key: Offer; label: string }[] = [
  { key: 'women', label: 'Tilbud til kvinner' },
  { key: 'men', label: 'Tilbud til menn' },
]

/** Free text stays in Ly: the report shows what was ticked, not what was written. */
const shown = (field: FieldDef) => field.kind !== 'text' && field.kind !== 'case_code'

/** The centre's annual forms for the year, by offer. */
export async function loadCentreYears(db: Db, centreId: string, year: number): Promise<Partial<Record<Offer, RecordValues>>> {
  const rows = await db.selectFrom(centreYearForm.table).select('id').where('centre_id', '=', centreId).where('report_year', '=', year).execute()
  const records = await findRecords(db, centreYearForm, centreId, { ids: rows.map((r) => String(r.id)) })
  return Object.fromEntries(records.map((r) => [r.values.offer as Offer, r.values]))
}

/** The section's content: every part of the form, each question beside S4's count. */
export function buildCentreOffer(year: number, byOffer: Partial<Record<Offer, RecordValues>>): CentreOfferFacts {
  const records = OFFERS.map(({ key }) => ({ offer: key, values: byOffer[key] }))
  const parts = centreOfferParts.map(({ section, part }): CentreOfferPart => {
    const def = centreYearForm.sections.find((s) => s.key === section)!
    const groups = def.fields.filter(shown).map((field) => {
      const { kind, rows } = questionRows({ form: centreYearForm, field, year, records }, anyRowLabels[field.key])
      return { field: `${centreYearForm.key}.${field.key}`, question: field.label, kind, rows }
    })
    return { key: section, part, title: def.title, groups }
  })
  const nationalYear = Math.max(...nationalFigures.filter((f) => f.indicator.startsWith('K-')).map((f) => f.year))
  const offers = OFFERS.map((o) => ({ ...o, answered: byOffer[o.key] !== undefined }))
  return {
    year,
    nationalYear,
    offers,
    columns: offers.map((o) => ({ offer: o.answered ? o.label : `${o.label} (ikke fylt ut)`, centre: `Senteret ${year}`, national: `Landet ${nationalYear}` })),
    note: `«Landet ${nationalYear}»: antall sentre med samme svar av alle sentre med tilbudet (Bufdir, bo- og dagtilbud ${nationalYear}). «–» = ikke besvart. Svarene gjelder senteret og er ikke skjult etter regelen om små tall.`,
    parts,
  }
}

/** The ids of the national figures the section shows (for the section's indicator list). */
export function centreOfferIndicators(facts: CentreOfferFacts): string[] {
  const ids = new Set<string>()
  for (const part of facts.parts) {
    for (const group of part.groups) {
      for (const offer of OFFERS) {
        const id = centreIndicatorFor(group.field.split('.')[1]!, offer.key)?.id
        if (id && group.rows.some((r) => r.cells.some((c) => c.national !== null))) ids.add(id)
      }
    }
  }
  return [...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
}

/**
 * Plain sentences: which forms are filled in, where the national figures come from, that no
 * number is hidden here and why, and what every centre in the country offered that this one did
 * not (S4's "alle sentrene …", the strongest comparison the national page gives).
 */
export function centreOfferSentences(facts: CentreOfferFacts): string[] {
  const answered = facts.offers.filter((o) => o.answered)
  const sentences = [
    answered.length === 0
      ? `Årsskjemaet for ${facts.year} er ikke fylt ut ennå. En leder fyller det ut under Årsskjema.`
      : `Årsskjemaet for ${facts.year} er fylt ut for ${answered.map((o) => (o.key === 'women' ? 'tilbudet til kvinner' : 'tilbudet til menn')).join(' og ')}.`,
    `Tallene for landet er fra ${facts.nationalYear} (Bufdir, bo- og dagtilbud) og viser hvor mange sentre som hadde det samme; S4 oppgir ikke tall for alt.`,
    'Svarene gjelder senteret, ikke personer. Regelen om å skjule små tall gjelder derfor ikke i denne delen.',
  ]
  facts.offers.forEach((offer, i) => {
    if (!offer.answered) return
    const missing = facts.parts.flatMap((p) =>
      p.groups
        .filter((g) => g.kind === 'choices')
        .flatMap((g) => g.rows.filter((r) => r.cells[i]!.answer === 'Nei' && isEveryCentre(r.cells[i]!.national)).map((r) => r.label.toLowerCase())),
    )
    if (missing.length > 0)
      sentences.push(`Alle sentre med ${offer.label.toLowerCase()} hadde i ${facts.nationalYear} ${listOf(missing)}; det hadde ikke senteret i ${facts.year}.`)
  })
  return sentences
}

/** "43 av 43": every centre with the offer gave the answer. */
const isEveryCentre = (national: string | null) => {
  const m = national ? /^([\d\u00a0]+) av ([\d\u00a0]+)$/.exec(national) : null
  return m !== null && m[1] === m[2]
}

const listOf = (items: string[]) => (items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`)
