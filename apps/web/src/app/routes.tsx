import type { ComponentType } from 'react'
import { Outlet, type RouteObject } from 'react-router'
import { LoadingStatus } from '@/components/loading-status'
import { ScreenGuard } from '@/features/screen-lock/components/screen-guard'
import { paths } from '@/lib/paths'
import type { Role } from '@/lib/roles'
import { RequireRole } from './guards/require-role'
import { RequireSession } from './guards/require-session'
import { SignedInLayout } from './layouts/signed-in-layout'
import { NotFoundRoute } from './routes/not-found'
import { OverviewRoute } from './routes/overview'
import { RouteError } from './routes/route-error'
import { SignInRoute } from './routes/sign-in'

/**
 * A page that is its own chunk, fetched the first time it is opened (decision 0015): the sign-in
 * screen, the shell and the overview stay in the first download; the forms, lists and leaders'
 * pages do not. On a first load straight onto such a page the shell shows with "Laster siden …"
 * where the page will be; on a later navigation the router keeps the current page until the chunk
 * is there (SignedInLayout says it is loading).
 */
function page(load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy' | 'hydrateFallbackElement'> {
  return {
    lazy: async () => ({ Component: await load() }),
    hydrateFallbackElement: <LoadingStatus>Laster siden …</LoadingStatus>,
  }
}

/** Pages only these roles may open. The BFF refuses their requests too; this only explains why. */
const onlyFor = (roles: readonly Role[], children: RouteObject[]): RouteObject => ({
  element: (
    <RequireRole roles={roles}>
      <Outlet />
    </RequireRole>
  ),
  children,
})

/** The route table, shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    // Only while the router starts on a lazy page and the shell itself cannot show yet.
    hydrateFallbackElement: <LoadingStatus />,
    children: [
      { path: paths.signIn, element: <SignInRoute /> },
      {
        element: <RequireSession />,
        children: [
          {
            element: (
              <ScreenGuard>
                <SignedInLayout />
              </ScreenGuard>
            ),
            children: [
              { index: true, element: <OverviewRoute /> },
              { path: paths.changePassword, ...page(() => import('./routes/change-password').then((m) => m.ChangePasswordRoute)) },
              { path: paths.totp, ...page(() => import('./routes/totp').then((m) => m.TotpRoute)) },
              { path: paths.dutyPhone, ...page(() => import('./routes/duty-phone').then((m) => m.DutyPhoneRoute)) },
              { path: paths.callLog, ...page(() => import('./routes/call-log').then((m) => m.CallLogRoute)) },
              { path: paths.callLogEntry, ...page(() => import('./routes/call-log-entry').then((m) => m.CallLogEntryRoute)) },
              { path: paths.phoneSessions, ...page(() => import('./routes/phone-sessions').then((m) => m.PhoneSessionsRoute)) },
              { path: paths.newPhoneSession, ...page(() => import('./routes/new-phone-session').then((m) => m.NewPhoneSessionRoute)) },
              { path: paths.phoneSession, ...page(() => import('./routes/phone-session').then((m) => m.PhoneSessionRoute)) },
              { path: paths.dayVisits, ...page(() => import('./routes/day-visits').then((m) => m.DayVisitsRoute)) },
              { path: paths.newDayVisit, ...page(() => import('./routes/new-day-visit').then((m) => m.NewDayVisitRoute)) },
              { path: paths.dayVisit, ...page(() => import('./routes/day-visit').then((m) => m.DayVisitRoute)) },
              { path: paths.occupancy, ...page(() => import('./routes/occupancy').then((m) => m.OccupancyRoute)) },
              { path: paths.stays, ...page(() => import('./routes/stays').then((m) => m.StaysRoute)) },
              { path: paths.newStay, ...page(() => import('./routes/new-stay').then((m) => m.NewStayRoute)) },
              { path: paths.stay, ...page(() => import('./routes/stay').then((m) => m.StayRoute)) },
              { path: paths.stayCheckOut, ...page(() => import('./routes/stay-check-out').then((m) => m.StayCheckOutRoute)) },
              { path: paths.newChildStay, ...page(() => import('./routes/new-child-stay').then((m) => m.NewChildStayRoute)) },
              { path: paths.childStay, ...page(() => import('./routes/child-stay').then((m) => m.ChildStayRoute)) },
              { path: paths.childStayCheckOut, ...page(() => import('./routes/child-stay-check-out').then((m) => m.ChildStayCheckOutRoute)) },
              onlyFor(
                ['leader', 'admin'],
                [
                  { path: paths.audit, ...page(() => import('./routes/audit').then((m) => m.AuditRoute)) },
                  { path: paths.yearLocks, ...page(() => import('./routes/year-locks').then((m) => m.YearLocksRoute)) },
                  { path: paths.statistics, ...page(() => import('./routes/statistics').then((m) => m.StatisticsRoute)) },
                  { path: paths.centreYear, ...page(() => import('./routes/centre-year').then((m) => m.CentreYearRoute)) },
                  { path: paths.report, ...page(() => import('./routes/report').then((m) => m.ReportRoute)) },
                ],
              ),
              onlyFor(
                ['admin'],
                [
                  { path: paths.adminSecurity, ...page(() => import('./routes/admin-security').then((m) => m.AdminSecurityRoute)) },
                  { path: paths.adminCallerCategories, ...page(() => import('./routes/admin-caller-categories').then((m) => m.AdminCallerCategoriesRoute)) },
                  { path: paths.adminUsers, ...page(() => import('./routes/admin-users').then((m) => m.AdminUsersRoute)) },
                ],
              ),
              { path: '*', element: <NotFoundRoute /> },
            ],
          },
        ],
      },
    ],
  },
]
