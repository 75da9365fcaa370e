import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { toDisplayError } from '@/lib/api-error'
import { useAdultStays } from '../api/get-adult-stays'
import type { StayFilters } from '../lib/list-filters'
import { StaysTable } from './stays-table'
import '../residents.css'

/** The stays matching the filters: every stay with a night in the year (or month) chosen. */
export function StayList({ filters }: { filters: StayFilters }) {
  const stays = useAdultStays(filters)
  if (stays.isPending) return <LoadingStatus>Laster opphold …</LoadingStatus>
  if (stays.isError) return <FormAlert message={toDisplayError(stays.error).message} />
  if (stays.data.length === 0) return <p className="lead">Ingen opphold registrert for valgene over.</p>
  return <StaysTable stays={stays.data} filters={filters} />
}
