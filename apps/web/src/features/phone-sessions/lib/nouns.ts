import type { RecordNouns } from '@/features/records/lib/record-nouns'

export const phoneSessionNouns: RecordNouns = { singular: 'samtale', plural: 'samtaler', definite: 'samtalen', demonstrative: 'denne samtalen' }

/** The page heading of the list, and the title its table's caption starts with. */
export const PHONE_SESSIONS_TITLE = 'Enesamtaler på telefon/video'
