import { aboutSection } from './about'
import { capacitySection } from './capacity'
import { centreOfferSection } from './centre-offer'
import { adultsSection } from './adults'
import { childrenSection } from './children'
import { conversationsSection } from './conversations'
import { nightsSection } from './nights'
import { phoneSection } from './phone'
import { residentialSection } from './residential'
import type { SectionSpec } from './types'

/**
 * The report's sections in S1's order (data-dictionary §5.1: sections 1–2 as the opening, then
 * 3–8), then capacity (issue 22) and the centre's own answers on the annual form, which S1 does not have.
 */
export const reportSections: readonly SectionSpec[] = [
  aboutSection,
  phoneSection,
  residentialSection,
  adultsSection,
  childrenSection,
  nightsSection,
  conversationsSection,
  capacitySection,
  centreOfferSection,
]
