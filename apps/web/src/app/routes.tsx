import type { RouteObject } from 'react-router'
import { paths } from '@/lib/paths'
import { RequireRole } from './guards/require-role'
import { RequireSession } from './guards/require-session'
import { SignedInLayout } from './layouts/signed-in-layout'
import { AdminCallerCategoriesRoute } from './routes/admin-caller-categories'
import { AdminUsersRoute } from './routes/admin-users'
import { AdminSecurityRoute } from './routes/admin-security'
import { AuditRoute } from './routes/audit'
import { TotpRoute } from './routes/totp'
import { YearLocksRoute } from './routes/year-locks'
import { ScreenGuard } from '@/features/screen-lock/components/screen-guard'
import { ChangePasswordRoute } from './routes/change-password'
import { DayVisitRoute } from './routes/day-visit'
import { DayVisitsRoute } from './routes/day-visits'
import { DutyPhoneRoute } from './routes/duty-phone'
import { CallLogRoute } from './routes/call-log'
import { CallLogEntryRoute } from './routes/call-log-entry'
import { PhoneSessionsRoute } from './routes/phone-sessions'
import { NewPhoneSessionRoute } from './routes/new-phone-session'
import { PhoneSessionRoute } from './routes/phone-session'
import { NewDayVisitRoute } from './routes/new-day-visit'
import { ChildStayRoute } from './routes/child-stay'
import { ChildStayCheckOutRoute } from './routes/child-stay-check-out'
import { NewChildStayRoute } from './routes/new-child-stay'
import { NewStayRoute } from './routes/new-stay'
import { OccupancyRoute } from './routes/occupancy'
import { StayRoute } from './routes/stay'
import { StayCheckOutRoute } from './routes/stay-check-out'
import { StaysRoute } from './routes/stays'
import { NotFoundRoute } from './routes/not-found'
import { OverviewRoute } from './routes/overview'
import { RouteError } from './routes/route-error'
import { SignInRoute } from './routes/sign-in'
import { StatisticsRoute } from './routes/statistics'
import { ReportRoute } from './routes/report'
import { CentreYearRoute } from './routes/centre-year'

/** The route table, shared by the browser router and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
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
              { path: paths.changePassword, element: <ChangePasswordRoute /> },
              { path: paths.totp, element: <TotpRoute /> },
              {
                path: paths.audit,
                element: (
                  <RequireRole roles={['leader', 'admin']}>
                    <AuditRoute />
                  </RequireRole>
                ),
              },
              {
                path: paths.yearLocks,
                element: (
                  <RequireRole roles={['leader', 'admin']}>
                    <YearLocksRoute />
                  </RequireRole>
                ),
              },
              {
                path: paths.adminSecurity,
                element: (
                  <RequireRole roles={['admin']}>
                    <AdminSecurityRoute />
                  </RequireRole>
                ),
              },
              { path: paths.dutyPhone, element: <DutyPhoneRoute /> },
              { path: paths.callLog, element: <CallLogRoute /> },
              { path: paths.callLogEntry, element: <CallLogEntryRoute /> },
              { path: paths.phoneSessions, element: <PhoneSessionsRoute /> },
              { path: paths.newPhoneSession, element: <NewPhoneSessionRoute /> },
              { path: paths.phoneSession, element: <PhoneSessionRoute /> },
              {
                path: paths.adminCallerCategories,
                element: (
                  <RequireRole roles={['admin']}>
                    <AdminCallerCategoriesRoute />
                  </RequireRole>
                ),
              },
              { path: paths.dayVisits, element: <DayVisitsRoute /> },
              { path: paths.newDayVisit, element: <NewDayVisitRoute /> },
              { path: paths.dayVisit, element: <DayVisitRoute /> },
              { path: paths.occupancy, element: <OccupancyRoute /> },
              { path: paths.stays, element: <StaysRoute /> },
              { path: paths.newStay, element: <NewStayRoute /> },
              { path: paths.stay, element: <StayRoute /> },
              { path: paths.stayCheckOut, element: <StayCheckOutRoute /> },
              { path: paths.newChildStay, element: <NewChildStayRoute /> },
              { path: paths.childStay, element: <ChildStayRoute /> },
              { path: paths.childStayCheckOut, element: <ChildStayCheckOutRoute /> },
              {
                path: paths.statistics,
                element: (
                  <RequireRole roles={['leader', 'admin']}>
                    <StatisticsRoute />
                  </RequireRole>
                ),
              },
              {
                path: paths.centreYear,
                element: (
                  <RequireRole roles={['leader', 'admin']}>
                    <CentreYearRoute />
                  </RequireRole>
                ),
              },
              {
                path: paths.report,
                element: (
                  <RequireRole roles={['leader', 'admin']}>
                    <ReportRoute />
                  </RequireRole>
                ),
              },
              {
                path: paths.adminUsers,
                element: (
                  <RequireRole roles={['admin']}>
                    <AdminUsersRoute />
                  </RequireRole>
                ),
              },
              { path: '*', element: <NotFoundRoute /> },
            ],
          },
        ],
      },
    ],
  },
]
