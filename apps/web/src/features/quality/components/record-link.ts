import { generatePath } from 'react-router'
import { paths } from '@/lib/paths'
import type { QualityFinding } from '../api/get-quality'

/** The page where a finding's record is opened and fixed; null for a child's stay without its adult's. */
export function recordPath(finding: QualityFinding): string | null {
  switch (finding.form) {
    case 'adult_stay':
      return generatePath(paths.stay, { id: finding.id })
    case 'child_stay':
      return finding.parentId === null ? null : generatePath(paths.childStay, { id: finding.parentId, childId: finding.id })
    case 'day_visit':
      return generatePath(paths.dayVisit, { id: finding.id })
    case 'phone_session':
      return generatePath(paths.phoneSession, { id: finding.id })
    case 'incoming_call':
      return generatePath(paths.callLogEntry, { id: finding.id })
    case 'turned_away':
      return generatePath(paths.turnedAwayRequest, { id: finding.id })
  }
}

/** What kind of record it is, in words for people. */
export const recordKind: Record<QualityFinding['form'], string> = {
  adult_stay: 'Opphold',
  child_stay: 'Barns opphold',
  day_visit: 'Dagbesøk',
  phone_session: 'Enesamtale på telefon',
  incoming_call: 'Samtale på vakttelefonen',
  turned_away: 'Avvist henvendelse',
}
