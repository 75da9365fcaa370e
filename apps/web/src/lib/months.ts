/** Short month names for chart labels (the dashboard and the report). */
export const monthShortNames = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'] as const
