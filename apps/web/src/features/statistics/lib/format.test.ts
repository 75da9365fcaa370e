import { describe, expect, it } from 'vitest'
import { formatChange, formatN, formatPercent, formatValue } from './format'

// Intl writes a no-break space between thousands and before "%", and "−" for minus.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

describe('Norwegian figures', () => {
  it('writes values in their kind’s terms, with a decimal comma', () => {
    expect(plain(formatValue('count', 7942))).toBe('7 942')
    expect(plain(formatValue('share', 96.2264))).toBe('96,2 %')
    expect(formatValue('mean', 27.46)).toBe('27,5')
    expect(formatValue('median', 12)).toBe('12')
    expect(formatValue('ratio', 3.1292)).toBe('3,13')
    expect(formatValue('share', null)).toBe('–')
    expect(formatPercent(null)).toBe('–')
  })

  it('gives the change from last year: shares in percentage points, others with %', () => {
    expect(plain(formatChange('count', 4, 1))).toBe('+3 (+300 %)')
    expect(plain(formatChange('count', 1, 4))).toBe('−3 (−75 %)')
    expect(formatChange('count', 2, 0)).toBe('+2')
    expect(plain(formatChange('count', 5, 5))).toBe('0 (0 %)')
    expect(formatChange('share', 75, 100)).toBe('−25 prosentpoeng')
    expect(formatChange('mean', null, 3)).toBe('–')
  })

  it('says what N counts where it is a number of things', () => {
    expect(formatN(4, 'visits', 'count')).toBe('N = 4 besøk')
    expect(formatN(2, 'persons', 'share')).toBe('N = 2 personer')
    expect(formatN(4, 'percent', 'share')).toBe('N = 4')
    expect(formatN(12, 'nights', 'mean')).toBe('N = 12')
  })
})
