import { configure, render, screen } from '@testing-library/react'
import { QueryClientProvider } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { adultStayForm, dayVisitForm, type FormDef, type RecordValues } from '@ly/forms'
import { createQueryClient } from '@/app/query-client'
import { ApiProvider } from '@/lib/api-context'
import { createLyApi } from '@/lib/api-client'
import { yearLockKeys } from '../api/year-locks'
import { useRecordLockedYears, YearLockedNotice } from './year-locked-notice'

configure({ asyncUtilTimeout: 5000 })

function Probe({ form, values, checkOutOnly }: { form: FormDef; values: RecordValues; checkOutOnly?: boolean }) {
  const years = useRecordLockedYears(form, values, checkOutOnly)
  return (
    <>
      <output>{years.join(',') || 'åpen'}</output>
      <YearLockedNotice years={years} />
    </>
  )
}

function show(form: FormDef, values: RecordValues, checkOutOnly?: boolean) {
  const queryClient = createQueryClient()
  queryClient.setQueryData(yearLockKeys.all, {
    currentYear: 2026,
    locked: [
      { year: 2024, lockedAt: '', lockedBy: null },
      { year: 2025, lockedAt: '', lockedBy: null },
    ],
    history: [],
  })
  render(
    <ApiProvider api={createLyApi({ fetch: () => Promise.reject(new Error('no network in this test')) })}>
      <QueryClientProvider client={queryClient}>
        <Probe form={form} values={values} checkOutOnly={checkOutOnly} />
      </QueryClientProvider>
    </ApiProvider>,
  )
}

describe('useRecordLockedYears and the "låst" mark', () => {
  it('marks a record dated in a locked year, and names the year', () => {
    show(dayVisitForm, { visit_date: '2025-05-01' })
    expect(screen.getByRole('status')).toHaveTextContent('2025')
    expect(screen.getByText('Låst')).toBeInTheDocument()
    expect(screen.getByText(/Året 2025 er ferdigstilt/)).toBeInTheDocument()
  })

  it('leaves a record of an open year alone', () => {
    show(dayVisitForm, { visit_date: '2026-01-03' })
    expect(screen.getByRole('status')).toHaveTextContent('åpen')
    expect(screen.queryByText('Låst')).not.toBeInTheDocument()
  })

  it('a stay belongs to every year from check-in to check-out; an open one may still be checked out', () => {
    show(adultStayForm, { stay_start_date: '2024-12-20', stay_end_date: '2026-01-05' })
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('2024,2025')
    show(adultStayForm, { stay_start_date: '2025-12-20', stay_end_date: null }, true)
    expect(screen.getAllByRole('status')[1]).toHaveTextContent('åpen')
  })
})
