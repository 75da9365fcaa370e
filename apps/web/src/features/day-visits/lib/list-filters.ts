// The list's filters are every record list's (features/records); these names are the day visits'.
export {
  currentYear,
  readRecordFilters as readFilters,
  recordFiltersToSearch as filtersToSearch,
  type ConsentFilter,
  type OfferFilter,
  type RecordFilters as DayVisitFilters,
} from '@/features/records/lib/list-filters'
