import { useCentreOptions, type CentreOption } from '@/features/centre-options/api/get-centre-options'

export type CallerCategory = CentreOption

/** The centre's caller categories in its order, retired ones included (and marked). */
export const useCallerCategories = () => useCentreOptions('caller-categories')
