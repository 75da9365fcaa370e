import type { RecordNouns } from '@/features/records/lib/record-nouns'

export { monthNames, offerLabels, yesNo } from '@/features/records/lib/labels'

export const dayVisitNouns: RecordNouns = { singular: 'besøk', plural: 'besøk', definite: 'besøket', demonstrative: 'dette besøket' }
