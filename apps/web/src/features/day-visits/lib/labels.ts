import type { RecordNouns } from '@/features/records/lib/record-nouns'

export const dayVisitNouns: RecordNouns = { singular: 'besøk', plural: 'besøk', definite: 'besøket', demonstrative: 'dette besøket' }
