import { describe, expect, it } from 'vitest'
import { readReturnTo, returnState } from './return-to'

describe('readReturnTo', () => {
  it('gives back the path a page was given to return to', () => {
    expect(readReturnTo(returnState('/na-pa-senteret?offer=men'))).toBe('/na-pa-senteret?offer=men')
  })

  it('follows only a path inside Ly, and nothing when the state holds none', () => {
    expect(readReturnTo({ returnTo: 'https://example.invalid/' })).toBeNull()
    expect(readReturnTo({ returnTo: 42 })).toBeNull()
    expect(readReturnTo({ flash: 'Lagret.' })).toBeNull()
    expect(readReturnTo(null)).toBeNull()
  })
})
