import { describe, expect, expectTypeOf, it } from 'vitest'
import { adultStayForm, findField, type ChoiceFieldKey, type OptionKey, type OptionKeyIn } from './index'

/** Option keys named in code (indicators, demo weights) are typed from the definitions (issue 20). */
describe('typed option keys', () => {
  it('an option key is one the definition declares; a renamed or misspelt one fails to compile', () => {
    const psychological: OptionKey<'adult_stay', 'violence_types'> = 'psychological'
    // @ts-expect-error -- no such option of violence_types: a renamed option is a compile error
    const wrong: OptionKey<'adult_stay', 'violence_types'> = 'psychologic'
    // @ts-expect-error -- an option of another question (sex) is not one of violence_types
    const otherField: OptionKey<'adult_stay', 'violence_types'> = 'female'
    const declared = findField(adultStayForm, 'violence_types')
    expect(declared && 'options' in declared ? declared.options.map((o) => o.key) : []).toContain(psychological)
    expect([wrong, otherField]).toHaveLength(2)
  })

  it('only choice questions have option keys, and the form-typed variant agrees', () => {
    expectTypeOf<'violence_types'>().toExtend<ChoiceFieldKey<'adult_stay'>>()
    expectTypeOf<'age'>().not.toExtend<ChoiceFieldKey<'adult_stay'>>()
    expectTypeOf<OptionKeyIn<typeof adultStayForm, 'sex'>>().toEqualTypeOf<OptionKey<'adult_stay', 'sex'>>()
    // @ts-expect-error -- `age` is a number question: it has no options
    type NoOptions = OptionKey<'adult_stay', 'age'>
    expectTypeOf<NoOptions>().toBeNever()
  })
})
