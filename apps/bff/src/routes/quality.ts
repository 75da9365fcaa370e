import { Hono } from 'hono'
import { z } from 'zod'
import { checkedReasonField, likelyNameMessage, mayHoldName, osloToday, screenFreeText } from '@ly/forms'
import { recordAudit } from '../db/audit'
import type { AppDeps, AppEnv } from '../deps'
import { notFound } from '../errors'
import { requireRole } from '../middleware/require-role'
import { checkYear } from '../quality/check'
import { markQualityChecked } from '../quality/checked'
import { RULE_KEYS } from '../quality/rules'
import { refuseUnconfirmedNames } from '../records/likely-names'
import { validate, validationFailed } from '../validation'
import { ConfirmLikelyName } from './name-confirmation'

const year = z.coerce.number({ error: 'Velg et år.' }).int('Ugyldig år.').min(1990, 'Ugyldig år.').max(2100, 'Ugyldig år.')

export const QualityQuery = z.object({ year: year.optional() })

export const CheckedBody = z
  .object({
    year: z.number({ error: 'Velg et år.' }).int('Ugyldig år.').min(1990, 'Ugyldig år.').max(2100, 'Ugyldig år.'),
    rule: z.enum(RULE_KEYS, { error: 'Ukjent regel i kvalitetskontrollen.' }),
    id: z.string({ error: 'Mangler registreringen.' }).min(1, 'Mangler registreringen.').max(100),
    reason: checkedReasonField,
    confirmLikelyName: ConfirmLikelyName,
  })
  .strict()

/**
 * Kvalitetskontroll (decision 0027): what in a year's registrations needs attention, each with
 * the record to open. Everyone at the centre reads it — staff fix the records they registered;
 * the year defaults to the current one, the menu's count. A leader who has checked a finding
 * and knows the record is right marks it «Sjekket – riktig» with a reason (decision 0057): it is
 * then listed apart and no longer counted, until the record changes.
 */
export function qualityRoutes(deps: AppDeps) {
  const { db, clock } = deps
  return new Hono<AppEnv>()
    .get('/', validate('query', QualityQuery), async (c) => {
      const today = osloToday(clock.now())
      const year = c.req.valid('query').year ?? Number(today.slice(0, 4))
      return c.json(await checkYear(db, c.get('user').centreId, year, today), 200)
    })
    .post('/checked', requireRole('leader'), validate('json', CheckedBody), async (c) => {
      const { year, rule, id, reason, confirmLikelyName } = c.req.valid('json')
      const user = c.get('user')
      // The reason is free text kept with the centre's data: screened like every free text.
      const screened = screenFreeText(reason)
      if (screened.errors.length > 0) throw validationFailed(screened.errors.map((message) => ({ path: 'reason', message })))
      refuseUnconfirmedNames(mayHoldName(reason) ? [{ path: 'reason', message: likelyNameMessage('Begrunnelse') }] : [], confirmLikelyName)
      const now = clock.now()
      // Only a finding the check makes now, on the record as it is now, can be marked.
      const finding = (await checkYear(db, user.centreId, year, osloToday(now))).findings.find((f) => f.rule === rule && f.id === id)
      if (!finding) throw notFound('Fant ikke funnet. Det kan være rettet eller allerede sjekket; last inn siden på nytt.')
      await db.transaction().execute(async (trx) => {
        await markQualityChecked(trx, user.centreId, finding, reason, user.id, now)
        await recordAudit(
          trx,
          {
            centreId: user.centreId,
            actorUserId: user.id,
            action: 'quality.finding_checked',
            targetKind: finding.form,
            targetId: finding.id,
            details: { year, rule },
          },
          now,
        )
      })
      return c.json({ rule, id, checked: true, warnings: screened.warnings }, 200)
    })
}
