import type { ComponentType } from 'react'
import { Outlet, type LoaderFunctionArgs, type RouteObject } from 'react-router'
import { LoadingStatus } from '@/components/loading-status'
import { ScreenGuard } from '@/features/screen-lock/components/screen-guard'
import { paths } from '@/lib/paths'
import type { Prefetch, RouteDeps } from '@/lib/route-deps'
import type { Role } from '@ly/forms/accounts'
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
 *
 * A page with a `prefetch` (decision 0019) also gets a loader, loaded beside the page's code
 * (route.lazy's object form), that starts the page's first requests while that code downloads —
 * not after it. It runs when the page is entered; a change of its own search parameters (another
 * year) is the page's to fetch, with its previous figures kept in place meanwhile.
 */
function page(deps: RouteDeps, load: () => Promise<ComponentType>, prefetch?: () => Promise<Prefetch>): Pick<RouteObject, 'lazy' | 'hydrateFallbackElement' | 'shouldRevalidate'> {
  return {
    lazy: {
      Component: load,
      ...(prefetch && {
        loader: async () => {
          const run = await prefetch()
          return async ({ request }: LoaderFunctionArgs) => {
            await run(deps, new URL(request.url))
            return null
          }
        },
      }),
    },
    ...(prefetch && { shouldRevalidate: ({ currentUrl, nextUrl }) => currentUrl.pathname !== nextUrl.pathname }),
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
export const createRoutes = (deps: RouteDeps): RouteObject[] => [
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
              { path: paths.changePassword, ...page(deps, () => import('./routes/change-password').then((m) => m.ChangePasswordRoute)) },
              { path: paths.totp, ...page(deps, () => import('./routes/totp').then((m) => m.TotpRoute)) },
              { path: paths.dutyPhone, ...page(deps, () => import('./routes/duty-phone').then((m) => m.DutyPhoneRoute)) },
              { path: paths.callLog, ...page(deps, () => import('./routes/call-log').then((m) => m.CallLogRoute)) },
              { path: paths.callLogEntry, ...page(deps, () => import('./routes/call-log-entry').then((m) => m.CallLogEntryRoute)) },
              { path: paths.phoneSessions, ...page(deps, () => import('./routes/phone-sessions').then((m) => m.PhoneSessionsRoute)) },
              { path: paths.newPhoneSession, ...page(deps, () => import('./routes/new-phone-session').then((m) => m.NewPhoneSessionRoute)) },
              { path: paths.phoneSession, ...page(deps, () => import('./routes/phone-session').then((m) => m.PhoneSessionRoute)) },
              { path: paths.dayVisits, ...page(deps, () => import('./routes/day-visits').then((m) => m.DayVisitsRoute)) },
              { path: paths.newDayVisit, ...page(deps, () => import('./routes/new-day-visit').then((m) => m.NewDayVisitRoute)) },
              { path: paths.dayVisit, ...page(deps, () => import('./routes/day-visit').then((m) => m.DayVisitRoute)) },
              { path: paths.turnedAway, ...page(deps, () => import('./routes/turned-away').then((m) => m.TurnedAwayRoute)) },
              { path: paths.newTurnedAway, ...page(deps, () => import('./routes/new-turned-away').then((m) => m.NewTurnedAwayRoute)) },
              { path: paths.turnedAwayRequest, ...page(deps, () => import('./routes/turned-away-request').then((m) => m.TurnedAwayRequestRoute)) },
              { path: paths.freePlaces, ...page(deps, () => import('./routes/free-places').then((m) => m.FreePlacesRoute)) },
              {
                path: paths.occupancy,
                ...page(
                  deps,
                  () => import('./routes/occupancy').then((m) => m.OccupancyRoute),
                  () => import('@/features/residents/api/prefetch-occupancy').then((m) => m.prefetchOccupancy),
                ),
              },
              { path: paths.stays, ...page(deps, () => import('./routes/stays').then((m) => m.StaysRoute)) },
              { path: paths.newStay, ...page(deps, () => import('./routes/new-stay').then((m) => m.NewStayRoute)) },
              { path: paths.stay, ...page(deps, () => import('./routes/stay').then((m) => m.StayRoute)) },
              { path: paths.stayCheckOut, ...page(deps, () => import('./routes/stay-check-out').then((m) => m.StayCheckOutRoute)) },
              { path: paths.newChildStay, ...page(deps, () => import('./routes/new-child-stay').then((m) => m.NewChildStayRoute)) },
              { path: paths.childStay, ...page(deps, () => import('./routes/child-stay').then((m) => m.ChildStayRoute)) },
              { path: paths.childStayCheckOut, ...page(deps, () => import('./routes/child-stay-check-out').then((m) => m.ChildStayCheckOutRoute)) },
              { path: paths.quality, ...page(deps, () => import('./routes/quality').then((m) => m.QualityRoute)) },
              onlyFor(
                ['leader', 'admin'],
                [
                  {
                    path: paths.audit,
                    ...page(
                      deps,
                      () => import('./routes/audit').then((m) => m.AuditRoute),
                      () => import('@/features/audit/api/prefetch-audit').then((m) => m.prefetchAudit),
                    ),
                  },
                  { path: paths.yearLocks, ...page(deps, () => import('./routes/year-locks').then((m) => m.YearLocksRoute)) },
                  {
                    path: paths.statistics,
                    ...page(
                      deps,
                      () => import('./routes/statistics').then((m) => m.StatisticsRoute),
                      () => import('@/features/statistics/api/prefetch-dashboard').then((m) => m.prefetchDashboard),
                    ),
                  },
                  { path: paths.centreYear, ...page(deps, () => import('./routes/centre-year').then((m) => m.CentreYearRoute)) },
                  {
                    path: paths.report,
                    ...page(
                      deps,
                      () => import('./routes/report').then((m) => m.ReportRoute),
                      () => import('@/features/report/api/prefetch-report').then((m) => m.prefetchReport),
                    ),
                  },
                ],
              ),
              onlyFor(
                ['admin'],
                [
                  { path: paths.adminSecurity, ...page(deps, () => import('./routes/admin-security').then((m) => m.AdminSecurityRoute)) },
                  { path: paths.adminCallerCategories, ...page(deps, () => import('./routes/admin-caller-categories').then((m) => m.AdminCallerCategoriesRoute)) },
                  { path: paths.adminReferralCentres, ...page(deps, () => import('./routes/admin-referral-centres').then((m) => m.AdminReferralCentresRoute)) },
                  { path: paths.capacityTokens, ...page(deps, () => import('./routes/capacity-tokens').then((m) => m.CapacityTokensRoute)) },
                  { path: paths.adminUsers, ...page(deps, () => import('./routes/admin-users').then((m) => m.AdminUsersRoute)) },
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
