import { RecordList } from '@/features/records/components/record-list'
import type { RecordNouns } from '@/features/records/lib/record-nouns'
import { useAdultStays } from '../api/get-adult-stays'
import type { StayFilters } from '../lib/list-filters'
import { StaysTable } from './stays-table'
import '../residents.css'

const stayNouns: RecordNouns = { singular: 'opphold', plural: 'opphold', definite: 'oppholdet', demonstrative: 'dette oppholdet' }

/** The stays matching the filters: every stay with a night in the year (or month) chosen, a page at a time. */
export function StayList({ filters }: { filters: StayFilters }) {
  return (
    <RecordList records={useAdultStays(filters)} loadingText="Laster opphold …" emptyText="Ingen opphold registrert for valgene over." nouns={stayNouns}>
      {(stays, total) => <StaysTable stays={stays} total={total} filters={filters} />}
    </RecordList>
  )
}
