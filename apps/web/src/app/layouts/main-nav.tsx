import type { ReactNode } from 'react'
import { NavLink } from 'react-router'
import { QualityNavCount } from '@/features/quality/components/quality-nav-count'
import { paths } from '@/lib/paths'
import type { Role } from '@ly/forms/accounts'

interface NavItem {
  to: string
  label: string
  /** Only these roles see the item; everyone when absent. */
  roles?: readonly Role[]
  /** Shown after the label, e.g. how many findings need attention. */
  count?: () => ReactNode
}

// New screens add a line here.
const items: readonly NavItem[] = [
  { to: paths.home, label: 'Oversikt' },
  { to: paths.dutyPhone, label: 'Vakttelefon' },
  { to: paths.phoneSessions, label: 'Enesamtaler på telefon' },
  { to: paths.occupancy, label: 'Nå på senteret' },
  { to: paths.freePlaces, label: 'Ledige plasser' },
  { to: paths.stays, label: 'Opphold' },
  { to: paths.dayVisits, label: 'Dagbesøk' },
  { to: paths.turnedAway, label: 'Avviste henvendelser' },
  { to: paths.quality, label: 'Kvalitetskontroll', count: () => <QualityNavCount /> },
  { to: paths.statistics, label: 'Statistikk', roles: ['leader', 'admin'] },
  { to: paths.centreYear, label: 'Årsskjema', roles: ['leader', 'admin'] },
  { to: paths.report, label: 'Årsrapport', roles: ['leader', 'admin'] },
  { to: paths.audit, label: 'Logg', roles: ['leader', 'admin'] },
  { to: paths.yearLocks, label: 'Årslås', roles: ['leader', 'admin'] },
  { to: paths.adminUsers, label: 'Brukere', roles: ['admin'] },
  { to: paths.adminSecurity, label: 'Sikkerhet', roles: ['admin'] },
  // The centre's own option lists (decision 0050).
  { to: paths.adminCallerCategories, label: 'Hvem ringte', roles: ['admin'] },
  { to: paths.adminReferralCentres, label: 'Krisesentre å henvise til', roles: ['admin'] },
  { to: paths.capacityTokens, label: 'Tilganger', roles: ['admin'] },
]

export function MainNav({ role }: { role: Role }) {
  return (
    <nav aria-label="Hovedmeny" className="main-nav">
      <ul>
        {items
          .filter((item) => !item.roles || item.roles.includes(role))
          .map((item) => (
            <li key={item.to}>
              {/* NavLink marks the current page with aria-current="page". */}
              <NavLink to={item.to} end={item.to === paths.home}>
                {item.label}
                {item.count?.()}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  )
}
