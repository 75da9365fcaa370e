import { describe, expect, it } from 'vitest'
import { adultStayForm, findField, type MultiField } from '@ly/forms'
import { choiceOptions } from './options'

const violenceTypes = findField(adultStayForm, 'violence_types') as MultiField

describe('the choices a registration offers', () => {
  it('offers an option before its national series starts: `since` dates the national series, not the centre’s records (issue 17 point 4)', () => {
    // «Seksuell vold mot bruker» has a national series from 2017; Sarpsborg registered it in 2016 (S1:332-334).
    const sexual = choiceOptions(adultStayForm, violenceTypes, 2016, []).find((o) => o.key === 'sexual_against_user')
    expect(sexual).toMatchObject({ label: 'Seksuell vold mot bruker' })
  })
})
