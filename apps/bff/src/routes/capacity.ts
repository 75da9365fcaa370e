import { Hono } from 'hono'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { z } from 'zod'
import { osloToday, screenFreeText } from '@ly/forms'
import { clientAddressKey } from '../auth/client-address'
import { recordAudit } from '../db/audit'
import { centreCapacity, createFeedToken, isSharing, listFeedTokens, revokeFeedToken, setSharing, sharedCapacity, useFeedToken, type CapacityRow } from '../db/capacity'
import type { AppDeps, AppEnv } from '../deps'
import { AppError, notFound } from '../errors'
import { requireRole } from '../middleware/require-role'
import { occupancyYear } from '../statistics/occupancy-year'
import { validate } from '../validation'

const SharingBody = z.object({ shared: z.boolean({ error: 'Velg om senteret skal dele ledige plasser.' }) }).strict()
/** Names a receiver (a service), never a person: screened like free text. */
const TokenBody = z
  .object({
    label: z
      .string({ error: 'Gi tilgangen et navn.' })
      .trim()
      .min(1, 'Gi tilgangen et navn, for eksempel «Politiets operasjonssentral».')
      .max(60, 'Navnet kan være høyst 60 tegn.')
      .superRefine((label, ctx) => {
        // Too long is already refused; screening a huge text would only cost time.
        if (label.length > 60) return
        for (const message of screenFreeText(label).errors) ctx.addIssue({ code: 'custom', message })
      }),
  })
  .strict()
const IdParam = z.object({ id: z.string().min(1).max(64) })
/** Revoking takes no input: anything sent is refused before the database is touched. */
const EmptyBody = z.object({}).strict()
const OccupancyQuery = z.object({
  year: z.coerce.number({ error: 'Velg et år.' }).int('Velg et år.').min(1990, 'Ugyldig år.').max(2100, 'Ugyldig år.'),
  offer: z.enum(['women', 'men', 'all'], { error: 'Tilbud må være kvinner, menn eller alle.' }).default('all'),
})

/** What the list and the feed show of a centre's offer — nothing else ever leaves. */
const listed = (r: CapacityRow) => ({ centre: r.centreName, offer: r.offer, freePlaces: r.free, updatedAt: r.updatedAt })

/** At most one feed request a second per token on average, bursts of 30 (a dashboard polling each minute needs far less). */
const FEED_PER_MINUTE = 60
/** Wrong tokens from one address: a handful a minute, so a token cannot be guessed by trying. */
const BAD_TOKENS_PER_MINUTE = 10

function retryAfter(res: unknown): never {
  const seconds = res instanceof RateLimiterRes ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 60
  throw new AppError(429, 'rate_limited', `For mange forespørsler. Prøv igjen om ${seconds} sekunder.`, undefined, { 'Retry-After': String(seconds) })
}

/**
 * Free places across the installation's centres (issue 22 §3, docs/capacity.md). Counts come
 * from `capacity_status`, which the database keeps on every check-in and check-out; no request
 * here reads a registration. A centre that does not share sees nothing of the others and shows
 * nothing: its leader turns sharing on or off.
 */
export function capacityRoutes(deps: AppDeps) {
  const { db, clock } = deps
  const feedLimiter = new RateLimiterMemory({ points: FEED_PER_MINUTE, duration: 60 })
  const badTokenLimiter = new RateLimiterMemory({ points: BAD_TOKENS_PER_MINUTE, duration: 60 })
  return (
    new Hono<AppEnv>()
      // The read-only feed for a regional overview or the police: an access token, not a session.
      .get('/', async (c) => {
        const address = clientAddressKey(c, deps.config.trustProxy)
        const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1]
        const row = token ? await useFeedToken(db, token, clock.now()) : undefined
        if (!row) {
          await badTokenLimiter.consume(address).catch(retryAfter)
          throw new AppError(401, 'unauthorized', 'Mangler gyldig tilgangsnøkkel for ledige plasser.')
        }
        await feedLimiter.consume(row.id).catch(retryAfter)
        return c.json({ asOf: clock.now().toISOString(), centres: (await sharedCapacity(db)).map(listed) }, 200)
      })
      .get('/now', async (c) => {
        const centreId = c.get('user').centreId
        return c.json(
          {
            sharing: await isSharing(db, centreId),
            offers: (await centreCapacity(db, centreId)).map(({ offer, places, occupied, free, updatedAt }) => ({ offer, places, occupied, free, updatedAt })),
          },
          200,
        )
      })
      // The occupancy chart: the centre's own year night by night (leaders, like the dashboard).
      .get('/occupancy', requireRole('leader', 'admin'), validate('query', OccupancyQuery), async (c) => {
        const { year, offer } = c.req.valid('query')
        return c.json(await occupancyYear(db, c.get('user').centreId, year, offer, osloToday(clock.now())), 200)
      })
      .get('/shared', async (c) => {
        const centreId = c.get('user').centreId
        if (!(await isSharing(db, centreId))) return c.json({ sharing: false, centres: [] as ReturnType<typeof listed>[] }, 200)
        return c.json({ sharing: true, centres: (await sharedCapacity(db)).map(listed) }, 200)
      })
      .put('/sharing', requireRole('leader'), validate('json', SharingBody), async (c) => {
        const user = c.get('user')
        const { shared } = c.req.valid('json')
        const now = clock.now()
        await db.transaction().execute(async (trx) => {
          await setSharing(trx, user.centreId, shared, user.id, now)
          await recordAudit(
            trx,
            { centreId: user.centreId, actorUserId: user.id, action: 'capacity.sharing_changed', targetKind: 'centre', targetId: user.centreId, details: { shared } },
            now,
          )
        })
        return c.json({ sharing: shared }, 200)
      })
      .get('/tokens', requireRole('admin'), async (c) => {
        const rows = await listFeedTokens(db, c.get('user').centreId)
        return c.json(
          {
            tokens: rows.map((t) => ({
              id: t.id,
              label: t.label,
              createdAt: t.created_at,
              createdBy: t.created_by_username ?? null,
              lastUsedAt: t.last_used_at,
              revokedAt: t.revoked_at,
            })),
          },
          200,
        )
      })
      .post('/tokens', requireRole('admin'), validate('json', TokenBody), async (c) => {
        const user = c.get('user')
        const now = clock.now()
        const created = await db.transaction().execute(async (trx) => {
          const made = await createFeedToken(trx, user.centreId, c.req.valid('json').label, user.id, now)
          await recordAudit(trx, { centreId: user.centreId, actorUserId: user.id, action: 'capacity.token_created', targetKind: 'capacity_token', targetId: made.id }, now)
          return made
        })
        // The token itself is shown this once and never again: only its hash is kept.
        return c.json(created, 201)
      })
      .post('/tokens/:id/revoke', requireRole('admin'), validate('param', IdParam), validate('json', EmptyBody), async (c) => {
        const user = c.get('user')
        const { id } = c.req.valid('param')
        const now = clock.now()
        const revoked = await db.transaction().execute(async (trx) => {
          if (!(await revokeFeedToken(trx, user.centreId, id, now))) return false
          await recordAudit(trx, { centreId: user.centreId, actorUserId: user.id, action: 'capacity.token_revoked', targetKind: 'capacity_token', targetId: id }, now)
          return true
        })
        if (!revoked) throw notFound('Fant ingen aktiv tilgang med denne id-en.')
        return c.json({ revoked: true }, 200)
      })
  )
}
