import { indicatorCatalog, type CatalogSection } from './catalog'
import { nationalFigureFor } from './national-figures'

const sectionTitles: Record<CatalogSection, string> = {
  residents: 'Botilbudet: voksne beboere og opphold (R-, B-, O-)',
  children: 'Barn (R-02, R-05, C-)',
  day_users: 'Dagtilbudet: dagbrukere og dagsbesøk (D-)',
  phone: 'Enesamtaler på telefon eller video (P-)',
  duty_phone: 'Vakttelefonen: innkomne samtaler (T-)',
  capacity: 'Kapasitet og avvisninger (CAP-)',
  consent: 'Samtykke',
}

const intro = `# Statistics: the document and every indicator

Generated from \`apps/bff/src/statistics/catalog.ts\` by \`pnpm docs:statistics\`; a test fails
when this file and the catalog disagree. Ids are those of data-dictionary §4 (sub-letters such as
\`D-16a\` split one §4 row into its figures; \`LY-\` ids are Ly's own).

## The document

\`pnpm ly stats --year Y --centre ID [--offer women|men|all] [--db PATH] --json\` and
\`GET /api/statistics?year=Y&offer=women|men|all\` (leaders and administrators) return the same JSON:

\`\`\`json
{ "year": 2026, "centre": "<centre id>", "offer": "all",
  "indicators": { "<id>": { "unit": "persons", "n": 12, "value": 12, "unknown": 0,
                            "categories": { "<category key>": { "count": 7, "percent": 58.33 } },
                            "months": { "1": 3, "2": 0, "…": 0, "12": 1 } } } }
\`\`\`

- \`unit\`: what is counted — persons, adults, children, visits, stays, child_stays,
  conversations, calls, nights, percent, ratio.
- \`n\`: the denominator — the units described; for percentages only those who answered
  (decision 6: unknown and "vet ikke" are excluded and counted in \`unknown\`).
- \`value\`: the headline figure — a count, a percentage (0–100, unrounded), a mean, a median or
  a ratio; \`null\` when \`n\` is 0.
- \`categories\`: for distributions, every category of the form definition, zero-filled, with
  \`count\` and \`percent\` of \`n\` (unrounded). For multiple choice the percentages may add up to
  more than 100. Assistance distributions add \`threat_assessment_either\` (rule R8).
- \`months\`: for monthly series, "1"…"12".

Counting rules (domain README decisions 1–6): persons are counted from consenting records by
their first stay, visit or conversation in the year (by case code when there is one, otherwise
by the "first in the year" answer: \`yes\` | \`no\` | \`unknown\` «Vet ikke», decision 0037 — with a
code, the code's earliest record of the year not answered \`no\` is the person's first; without
one, \`yes\` counts a person and \`unknown\` is counted apart, never guessed in or out); events (stays, visits, conversations, calls, nights, moves)
include bare events without consent. The consenting visits and conversations without a code that
place nobody — answered \`unknown\`, or not answered (history) — are D-01b and P-03b (categories
\`unknown\` and \`unanswered\`): the persons figures D-01 and P-03 are lower bounds by that many. A stay belongs to a year when it has a night in it;
nights = check-out date − check-in date, split by the date of each night; open stays count to
today. Averages are over stays that ended in the year.

- **Sex.** \`female\`, \`male\` and \`other\` are known answers, each with its own category
  wherever a sex split is counted (R-01, R-06, D-01, P-03); \`unknown\` is what is left: bare
  events (no consent) and unanswered sex. R-06's categories are \`female\`, \`male\`, \`other\`,
  \`unknown\` and \`children\`.
- **Per-person ratios use one population above and below the line**: R-08c is the nights of
  consenting adult stays per resident, D-03 consenting visits per day user, P-04 consenting
  conversations per phone user — persons are counted from consenting records only, so the
  events divided by them are too. The events' totals, bare events included, are R-06, D-02, P-01.
- **New Year and 1 January.** A stay that ends on 1 January is loaded into that year: its
  nights all belong to the year before, but it lived at the centre at New Year (R-10) and its
  move-out is a January one. Move-ins and move-outs per month (R-09a–d, Figur 23) count the
  stays that began in the year, as S1's Figur 23 leaves out those present at New Year
  (S1:711-713); the move-outs of those present at New Year are R-09e (adults) and R-09f
  (children), shown apart in the same figure.
- **\`since\`** on an option dates its national series only: a centre's own records of the
  option from before (imports and the form accept them) are counted like any other. National
  comparisons print «ikke registrert» for the years before, and only the annual centre form,
  itself a national form, refuses them.
- **Consent rate.** LY-01 counts the adults' own decisions: adult stays with a night in the
  year, day visits and phone conversations; a child's stay follows its adult's answer and is
  left out.

**All centres.** \`pnpm ly stats --year Y --centre all …\` gives the same document for every centre
in the database, \`"centre": "all"\`: the centres' figures added up, as the national statistics add
up the centres' reports. A person is counted at each centre they came to (a case code is one
centre's own); shares, means, medians and ratios are worked out again from the added-up parts,
never averaged (decision 0016).

**Kept figures.** The server keeps each centre's document for a year until that centre's
registrations of that year change: the database moves a per-centre, per-year data version on
every write (whoever writes) to a row the year's figures read — a registration dated in the
year, a stay with a day in it or still open, the annual form of the year or before — and a
changed version means the figures are worked out again (decisions 0016 and 0058). A
registration this year leaves last year's document kept (the dashboard's «samme periode i
fjor»). After a
start the server warms them in the background — every centre's document for this year and last
year, offer \`all\`, one centre-year at a time at the lowest priority: it yields to the event loop
before each and waits while any request is in flight — so the first national figures after a
restart add up kept documents instead of reading every centre's records (decision 0049; the
server logs «Statistikken er varmet opp» with the count and the time it took).

Other routes for the dashboards: \`GET /api/statistics/dashboard\` (this and last year, the
years with data, the national figures, this catalog and \`noComparison\`: the ids whose form —
the entry's, or its section's — has no record in last year's period, which the cards show as
«Ingen registreringer i <år>» rather than a change from zero, and \`unplaced\`: per form, the
consenting records of the period without a case code and without an answer to «first … in the
year», which count as events but as nobody, and which the page names beside the headline figures, and \`unknownFirst\`: the same for
those answered «Vet ikke», shown as unknown), \`/trend\` (headline figures for every
year) and \`/breakdown?year=&form=&field=&by=&population=persons|events\` (any choice field by another
of the same form); both take the periods below.
`

const periods = `
## Periods (decision 0026)

Instead of the whole year, every figure can be counted for a period of whole days inside one
calendar year, as half-open Europe/Oslo windows [first day, day after the last):

- \`pnpm ly stats --period 2026-T2 …\` — \`2026\` (the year), \`2026-T1\`|\`T2\`|\`T3\` (tertials:
  January–April, May–August, September–December), \`2026-Q1\`…\`Q4\` (quarters), \`2026-05\` (a
  month), \`2026-ytd\` (year to date: 1 January to today, included; the whole year once it is over);
- \`pnpm ly stats --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD …\` and
  \`GET /api/statistics?from=ÅÅÅÅ-MM-DD&to=ÅÅÅÅ-MM-DD\` (and \`/dashboard\`, whose \`previous\` is then
  «samme periode i fjor»: the same days a year earlier) — both days included;
- \`GET /api/statistics?period=2026-T2\` and \`/dashboard?period=…\` — the same names as \`--period\`
  (year to date ends on the server's today; decision 0038). \`?year=2026\` alone is unchanged: the year.
  \`/dashboard\` also answers \`periods\`: \`{ "current": { "from", "to", "label" }, "previous": … }\`, the
  period and the same period a year earlier with both days included and their names as the page shows
  them («2. tertial 2026», «1. januar–14. oktober 2025»). The dashboard's URL takes the same
  \`?year=\`, \`?period=\` or \`?from=&to=\`.
- \`GET /api/statistics/breakdown?period=2026-T2&form=…\` (or \`year=\`, or \`from=&to=\`: one of
  them, as above) counts the period by the rules below and answers its \`period\` as \`{ from, to, label }\`.
- \`GET /api/statistics/trend\` without a period gives every year with data as whole years;
  \`?year=2025\` the whole years up to 2025; \`?period=2026-T2\` (or \`from=&to=\`, any named period)
  the same days in every year up to the period's year — T2 of each year, or 1 January to the same
  day each year for \`2026-ytd\` (29 February is 28 February in other years). Each point carries
  its own \`period\` (both days included), and the answer names the asked-for \`period\` as
  \`{ from, to, label }\` (decision 0048). The dashboard's trend follows its period picker.

Exactly one of \`year\`, \`period\` and \`from\`/\`to\` (\`--year\`, \`--period\` and \`--from\`/\`--to\`); a period across New Year is refused (split it
there). The document then carries \`"period": { "from": "2026-05-01", "to": "2026-08-31" }\` (both days
included; the whole year when none was asked for), \`year\` is the period's year and \`months\` keeps
"1"…"12" with zeros outside the period.

Counting rules for a period:

- **Events** are counted where they happen: visits, conversations, calls, outgoing calls, move-ins
  (stays begun, R-09a) and move-outs by their date, and the **nights** of a stay are the nights
  that fall in the period (night of date d in d's period). So the twelve months' events add up to
  the year's, and the three tertials' nights to the year's nights.
- **Stays in the period** (R-04, R-05) are the stays with at least one night in it, so a stay over
  30 April counts in T1 and in T2 — a count of stays present, which does not add up over periods.
  Averages and end-of-stay answers are over the stays that ended in the period; R-10 counts those
  present when the period began (at New Year for the year).
- **Persons** are the people with a record in the period, each once, described by their first
  record there: by case code within the centre (a person with stays in T1 and T2 is one person in
  T1, one in T2 and one in the year). A consenting record **without a code** counts as a person
  when it answers "first in the year" (first stay, visit or conversation this year) — so without a
  code a person is counted in the part of the year their first record is in, and not again in a
  later period of the same year; a stay without a code that began before the period and runs into
  it counts as its person there (one cannot have two stays at once). A period that does not begin
  on 1 January can therefore count fewer persons without codes than came in it, never more; the
  year's count is unchanged.
- **Small numbers** in a shareable period view are hidden as in the year's, and a period and the
  year of the same data are one release: together they must not reveal a hidden count.
`

/** The Markdown of docs/statistics.md. */
export function statisticsDoc(): string {
  const sections = (Object.keys(sectionTitles) as CatalogSection[]).map((section) => {
    const rows = indicatorCatalog
      .filter((c) => c.section === section)
      .map((c) => {
        const national = nationalFigureFor(c.id)
        const question = c.field ? `\`${c.form}.${c.field}\`` : ''
        return `| \`${c.id}\` | ${c.title} | ${c.kind} | ${c.basis} | ${question} | ${national ? `${national.year} (${national.source})` : ''} |`
      })
    return [`## ${sectionTitles[section]}`, '', '| id | indikator | type | grunnlag | spørsmål | nasjonalt tall |', '|---|---|---|---|---|---|', ...rows, ''].join('\n')
  })
  return `${intro}${periods}\n${sections.join('\n')}`
}
