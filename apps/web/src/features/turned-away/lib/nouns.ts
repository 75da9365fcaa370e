import type { RecordNouns } from '@/features/records/lib/record-nouns'

export const turnedAwayNouns: RecordNouns = { singular: 'henvendelse', plural: 'henvendelser', definite: 'henvendelsen', demonstrative: 'denne henvendelsen' }

/** The list's title and the pages' heading: the definition's own title. */
export const TURNED_AWAY_TITLE = 'Avviste henvendelser'
export const REGISTER_TURNED_AWAY = 'Registrer avvist henvendelse'
