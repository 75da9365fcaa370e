import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, hasNightInYear, isListedInPeriod, nightsByMonth, nightsInPeriod, nightsInYear, nightsSoFar, stayNights, staysOverlap } from './nights'

const months = (entries: Record<number, number>) => Array.from({ length: 12 }, (_, m) => entries[m + 1] ?? 0)

describe('nights (bodøgn) per decision 4', () => {
  it('a same-day stay has no night and belongs to no year', () => {
    const stay = { start: '2026-02-10', end: '2026-02-10' }
    expect(stayNights(stay, '2026-03-02')).toBe(0)
    expect(hasNightInYear(stay, 2026, '2026-03-02')).toBe(false)
    // …but it is not lost from the list of its check-in period.
    expect(isListedInPeriod(stay, '2026-02-01', '2026-03-01', '2026-03-02')).toBe(true)
    expect(isListedInPeriod(stay, '2026-03-01', '2026-04-01', '2026-03-02')).toBe(false)
  })

  it('counts the leap day: 2024-02-28 → 03-01 is two nights, both in February', () => {
    const stay = { start: '2024-02-28', end: '2024-03-01' }
    expect(stayNights(stay, '2026-01-01')).toBe(2)
    expect(nightsByMonth(stay, 2024, '2026-01-01')).toEqual(months({ 2: 2 }))
    expect(stayNights({ start: '2025-02-28', end: '2025-03-01' }, '2026-01-01')).toBe(1)
  })

  it('splits a stay across New Year: 2025-12-30 → 2026-01-02 = 2 nights in 2025 + 1 in 2026', () => {
    const stay = { start: '2025-12-30', end: '2026-01-02' }
    expect(stayNights(stay, '2026-03-02')).toBe(3)
    expect(nightsInYear(stay, 2025, '2026-03-02')).toBe(2)
    expect(nightsInYear(stay, 2026, '2026-03-02')).toBe(1)
    expect(nightsByMonth(stay, 2025, '2026-03-02')).toEqual(months({ 12: 2 }))
    expect(nightsByMonth(stay, 2026, '2026-03-02')).toEqual(months({ 1: 1 }))
    expect(hasNightInYear(stay, 2025, '2026-03-02') && hasNightInYear(stay, 2026, '2026-03-02')).toBe(true)
    // Checked out on 1 January: the last night is New Year's Eve, so the stay is not in 2026.
    expect(hasNightInYear({ start: '2025-12-30', end: '2026-01-01' }, 2026, '2026-03-02')).toBe(false)
  })

  it('counts calendar nights over the daylight-saving changes in Europe/Oslo', () => {
    // Summer time began 29 March 2026 (a 23-hour day) and ended 25 October 2026 (25 hours).
    expect(stayNights({ start: '2026-03-27', end: '2026-03-30' }, '2026-12-31')).toBe(3)
    expect(stayNights({ start: '2026-10-24', end: '2026-10-26' }, '2026-12-31')).toBe(2)
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31)
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
  })

  it("takes 'today' from Oslo's calendar, also across midnight and the DST change", () => {
    // 23:30 UTC on 28 March is 00:30 on 29 March in Oslo (still UTC+1): one night so far.
    expect(nightsSoFar('2026-03-28', new Date('2026-03-28T23:30:00Z'))).toBe(1)
    // 22:30 UTC on 29 March is 00:30 on 30 March in Oslo (now UTC+2): two nights.
    expect(nightsSoFar('2026-03-28', new Date('2026-03-29T22:30:00Z'))).toBe(2)
    // 22:30 UTC on 29 March is still 29 March in UTC, but not in Oslo.
    expect(nightsSoFar('2026-03-29', new Date('2026-03-29T21:59:00Z'))).toBe(0)
    expect(nightsSoFar('2026-03-29', new Date('2026-03-29T22:00:00Z'))).toBe(1)
  })

  it('counts an open stay up to the given end date, never beyond and never below zero', () => {
    const open = { start: '2025-12-20', end: null }
    expect(stayNights(open, '2026-03-02')).toBe(72)
    expect(nightsInYear(open, 2025, '2026-03-02')).toBe(12)
    expect(nightsInYear(open, 2026, '2026-03-02')).toBe(60)
    expect(nightsByMonth(open, 2026, '2026-03-02')).toEqual(months({ 1: 31, 2: 28, 3: 1 }))
    expect(nightsInYear(open, 2027, '2026-03-02')).toBe(0)
    // A report of 2025 made on 2025-12-25 counts the nights so far.
    expect(nightsInYear(open, 2025, '2025-12-25')).toBe(5)
    expect(stayNights({ start: '2026-03-02', end: null }, '2026-03-02')).toBe(0)
    expect(nightsInPeriod({ start: '2026-03-05', end: null }, '2026-03-01', '2026-04-01', '2026-03-02')).toBe(0)
  })

  it('lists a stay in every month it has a night in, and an open stay up to today', () => {
    const stay = { start: '2026-01-30', end: '2026-02-02' }
    expect(isListedInPeriod(stay, '2026-01-01', '2026-02-01', '2026-03-02')).toBe(true)
    expect(isListedInPeriod(stay, '2026-02-01', '2026-03-01', '2026-03-02')).toBe(true)
    expect(isListedInPeriod(stay, '2026-03-01', '2026-04-01', '2026-03-02')).toBe(false)
    expect(isListedInPeriod({ start: '2026-03-02', end: null }, '2026-01-01', '2027-01-01', '2026-03-02')).toBe(true)
  })
})

describe('overlapping stays of one person', () => {
  const a = { start: '2026-02-01', end: '2026-02-10' }
  it('allows leaving and coming back the same day', () => {
    expect(staysOverlap(a, { start: '2026-02-10', end: '2026-02-12' })).toBe(false)
    expect(staysOverlap(a, { start: '2026-01-20', end: '2026-02-01' })).toBe(false)
  })
  it('refuses shared nights, same-day stays inside another stay, and anything after an open stay began', () => {
    expect(staysOverlap(a, { start: '2026-02-09', end: '2026-02-12' })).toBe(true)
    expect(staysOverlap(a, { start: '2026-02-05', end: '2026-02-05' })).toBe(true)
    expect(staysOverlap(a, { start: '2026-02-10', end: '2026-02-10' })).toBe(false)
    expect(staysOverlap({ start: '2026-01-01', end: null }, { start: '2026-02-20', end: '2026-02-21' })).toBe(true)
    expect(staysOverlap({ start: '2026-03-01', end: null }, a)).toBe(false)
  })
})
