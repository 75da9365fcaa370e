import { adultStayForm, formatNorwegianDate } from '@ly/forms'
import { EmptyCell } from '@/features/records/components/empty-cell'
import { caseCodeColumn, consentColumn, type RecordColumn } from '@/features/records/components/list-columns'
import { RecordTable } from '@/features/records/components/record-table'
import type { ListedAdultStay } from '../api/adult-stay-endpoints'
import { monthNames, offerLabels, statusLabels } from '../lib/labels'
import type { StayFilters } from '../lib/list-filters'
import { factsOf } from '../lib/stay-facts'
import { stayHref } from '../lib/stay-links'

/** "Opphold 2026, kvinner, mars, pågår, med samtykke (3 opphold)": the caption says what is listed. */
function caption(filters: StayFilters, count: number): string {
  const parts = [`Opphold ${filters.year}`]
  if (filters.offer !== 'all') parts.push(offerLabels[filters.offer].toLowerCase())
  if (filters.month !== null) parts.push(monthNames[filters.month - 1] ?? '')
  if (filters.status !== 'all') parts.push(filters.status === 'open' ? 'pågår' : 'avsluttet')
  if (filters.consent !== 'all') parts.push(filters.consent === 'yes' ? 'med samtykke' : 'uten samtykke')
  if (filters.caseCode) parts.push(`saksnummer ${filters.caseCode.toUpperCase()}`)
  return `${parts.join(', ')} (${count} opphold)`
}

const date = (iso: string | null) => (iso ? formatNorwegianDate(iso) : null)

/** The stay's bare event and what the BFF derives; the answers follow the definition's `listFields`. */
const columns: readonly RecordColumn<ListedAdultStay>[] = [
  { header: 'Utflyttet', cell: ({ values }) => date(values.stay_end_date) ?? <EmptyCell text="bor fortsatt på senteret" /> },
  { header: 'Bodøgn', cell: (stay) => factsOf(stay).nights },
  { header: 'Status', cell: (stay) => statusLabels[factsOf(stay).status] },
  consentColumn(adultStayForm),
  caseCodeColumn('uten saksnummer'),
  // Counted by the BFF for the whole page; the type is optional only because the generic record routes add it conditionally.
  { header: 'Barn', cell: (stay) => stay.related?.children ?? <EmptyCell text="ukjent antall barn" /> },
]

/** The adults' stays of a year (the BFF's order: latest check-in first); `total` counts every page. */
export function StaysTable({ stays, total, filters }: { stays: readonly ListedAdultStay[]; total: number; filters: StayFilters }) {
  return (
    <RecordTable
      caption={caption(filters, total)}
      form={adultStayForm}
      records={stays}
      dateHeader="Innflyttet"
      href={(stay) => stayHref(stay.id)}
      linkLabel={(_, start) => `Åpne opphold ${start}`}
      columns={columns}
    />
  )
}
