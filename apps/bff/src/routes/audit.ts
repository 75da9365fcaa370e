import { Hono } from 'hono'
import { z } from 'zod'
import { isCalendarDate, ISO_DATE, osloToday } from '@ly/forms'
import { auditTargetKinds, searchAuditEvents } from '../db/audit-search'
import { listCentreUsers } from '../db/users'
import type { AppDeps, AppEnv } from '../deps'
import { requireRole } from '../middleware/require-role'
import { validate, validationFailed } from '../validation'

export const AUDIT_PAGE_SIZE = 50

const day = z.string().regex(ISO_DATE, 'Må være en dato (ÅÅÅÅ-MM-DD).').refine(isCalendarDate, 'Må være en gyldig dato.')
const empty = (v: unknown) => (v === '' ? undefined : v)

export const AuditQuery = z
  .object({
    user: z.preprocess(empty, z.string().max(64, 'Ugyldig bruker.').optional()),
    action: z.preprocess(
      empty,
      z
        .string()
        .regex(/^[a-z_]{1,40}\.[a-z_]{1,40}$/, 'Ugyldig handling.')
        .optional(),
    ),
    kind: z.preprocess(
      empty,
      z
        .string()
        .regex(/^[a-z_]{1,40}$/, 'Ugyldig type.')
        .optional(),
    ),
    from: z.preprocess(empty, day.optional()),
    to: z.preprocess(empty, day.optional()),
    page: z.preprocess(empty, z.coerce.number({ error: 'Ugyldig side.' }).int('Ugyldig side.').min(1, 'Ugyldig side.').max(100_000, 'Ugyldig side.').default(1)),
  })
  .strict()

/** The first instant of an Oslo calendar day, as an ISO instant (audit times are UTC). */
export function osloDayStart(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  // Oslo is UTC+1 or UTC+2: of the two candidates, the day starts at the one where it is that
  // day in Oslo and a millisecond earlier it was not.
  for (const offset of [2, 1]) {
    const t = Date.UTC(y, m - 1, d) - offset * 3_600_000
    if (osloToday(new Date(t)) === date && osloToday(new Date(t - 1)) !== date) return new Date(t).toISOString()
  }
  return new Date(Date.UTC(y, m - 1, d)).toISOString()
}

const nextDay = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

/**
 * The audit view for leaders and administrators: who did what, when, to which record id — for
 * the user's own centre only. The trail holds no answer values by design (db/audit.ts), so
 * nothing here can show one.
 */
export function auditRoutes(deps: AppDeps) {
  const { db } = deps
  return new Hono<AppEnv>().use(requireRole('leader', 'admin')).get('/', validate('query', AuditQuery), async (c) => {
    const q = c.req.valid('query')
    if (q.from && q.to && q.from > q.to) throw validationFailed([{ path: 'to', message: 'Til-datoen må være samme dag som eller etter fra-datoen.' }])
    const centreId = c.get('user').centreId
    const { total, rows } = await searchAuditEvents(db, {
      centreId,
      ...(q.user && { actorUserId: q.user }),
      ...(q.action && { action: q.action }),
      ...(q.kind && { targetKind: q.kind }),
      ...(q.from && { from: osloDayStart(q.from) }),
      ...(q.to && { to: osloDayStart(nextDay(q.to)) }),
      page: q.page,
      pageSize: AUDIT_PAGE_SIZE,
    })
    const users = await listCentreUsers(db, centreId)
    return c.json(
      {
        events: rows.map((r) => ({
          id: r.id,
          at: r.at,
          action: r.action,
          actor: r.actor ?? null,
          targetKind: r.target_kind,
          targetId: r.target_id,
          details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null,
        })),
        page: q.page,
        pageSize: AUDIT_PAGE_SIZE,
        total,
        users: users.map((u) => ({ id: u.id, username: u.username })),
        kinds: await auditTargetKinds(db, centreId),
      },
      200,
    )
  })
}
