import type { RecordNouns } from '@/features/records/lib/record-nouns'

/** Staff speak of calls as "samtaler" (the definition's unit "anrop" is for statistics). */
export const callNouns: RecordNouns = { singular: 'samtale', plural: 'samtaler', definite: 'samtalen', demonstrative: 'denne samtalen' }

export const CALL_LOG_TITLE = 'Innkomne samtaler'
