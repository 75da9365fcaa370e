import type { Dashboard } from '../api/get-dashboard'

/**
 * Whether last year's figure can be compared with: false when its form had no record in last
 * year's period (the BFF's `noComparison`), so a card says «Ingen registreringer i 2025» rather
 * than a change from zero (issue 17, point 10).
 */
export const comparable = (dashboard: Pick<Dashboard, 'noComparison'>, id: string) => !dashboard.noComparison.includes(id)
