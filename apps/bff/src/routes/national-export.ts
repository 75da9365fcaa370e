import { Hono } from 'hono'
import { z } from 'zod'
import { recordAudit } from '../db/audit'
import type { AppDeps, AppEnv } from '../deps'
import { requireRole } from '../middleware/require-role'
import { nationalFile } from '../report/national/files'
import { validate } from '../validation'

export const NationalExportQuery = z.object({
  year: z.coerce.number({ error: 'Velg et år.' }).int().min(1990, 'Ugyldig år.').max(2100, 'Ugyldig år.'),
  kind: z.enum(['records', 'aggregate'], { error: 'Velg records eller aggregate.' }),
  format: z.enum(['csv', 'json'], { error: 'Velg csv eller json.' }).default('csv'),
})

/** The national export for leaders and administrators: suppressed, and audited without contents. */
export function nationalExportRoutes(deps: AppDeps) {
  const { db, clock } = deps
  return new Hono<AppEnv>().use(requireRole('leader', 'admin')).get('/', validate('query', NationalExportQuery), async (c) => {
    const { year, kind, format } = c.req.valid('query')
    const user = c.get('user')
    const file = await nationalFile(db, user.centreId, year, kind, format)
    await recordAudit(
      db,
      { centreId: user.centreId, actorUserId: user.id, action: 'export.national', targetKind: 'national_export', targetId: String(year), details: { year, kind, format } },
      clock.now(),
    )
    c.header('Content-Type', file.contentType)
    c.header('Content-Disposition', `attachment; filename="${file.filename}"`)
    return c.body(file.body as string, 200)
  })
}
