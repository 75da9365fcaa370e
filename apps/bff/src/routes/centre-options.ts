import { Hono } from 'hono'
import { z } from 'zod'
import { localOptionKey, OPTION_KEY, screenFreeText, type CentreOption, type SingleField } from '@ly/forms'
import { recordAudit } from '../db/audit'
import { loadCentreOptions, saveOptionChange, saveOptionOrder } from '../db/centre-options'
import type { Db } from '../db/database'
import type { AppDeps, AppEnv } from '../deps'
import { AppError, notFound } from '../errors'
import { requireRole } from '../middleware/require-role'
import { validate, validationFailed } from '../validation'

const Label = z.string({ error: 'Skriv et navn.' }).trim().min(2, 'Navnet må ha minst 2 tegn.').max(60, 'Navnet kan ha høyst 60 tegn.')
const AddBody = z.object({ label: Label }).strict()
const ChangeBody = z
  .object({
    version: z.number().int().min(0),
    /** null gives a default option its original label back. */
    label: Label.nullable().optional(),
    retired: z.boolean().optional(),
  })
  .strict()
const OrderBody = z.object({ order: z.array(z.string().regex(OPTION_KEY)).min(1).max(200) }).strict()

const conflict = () => new AppError(409, 'conflict', 'Listen er endret av noen andre siden du åpnet den. Last inn på nytt og prøv igjen.')

/** What a list's errors call one of its options: «kategori» for callers, «krisesenter» for referrals. */
export interface OptionWords {
  unknown: string
  notFound: string
  duplicate: string
  needsName: string
  lastInUse: string
}

export const categoryWords: OptionWords = {
  unknown: 'Ukjent kategori.',
  notFound: 'Fant ikke kategorien.',
  duplicate: 'Det finnes allerede en kategori med dette navnet.',
  needsName: 'En egen kategori må ha et navn.',
  lastInUse: 'Minst én kategori må være i bruk.',
}

/**
 * A centre's own version of an editable option list (the duty phone's caller categories, the
 * crisis centres a turned-away request is referred to):
 * everyone at the centre reads it (quick entry and lists need the labels); administrators
 * rename, add, retire, restore and reorder. Nothing is deleted, so history keeps its labels.
 */
export function centreOptionRoutes(deps: AppDeps, field: SingleField & { centreOptions: string }, words: OptionWords) {
  const { db, clock } = deps
  const KeyParam = z.object({ key: z.string().regex(OPTION_KEY, words.unknown) })
  const list = field.centreOptions
  const load = (trx: Db, centreId: string) => loadCentreOptions(trx, centreId, field)

  /** A category is named for a kind of caller, never a person: screened like free text. */
  function checkLabel(label: string, others: CentreOption[]) {
    const issues = screenFreeText(label).errors.map((message) => ({ path: 'label', message }))
    if (others.some((o) => o.label.toLocaleLowerCase('nb') === label.toLocaleLowerCase('nb'))) {
      issues.push({ path: 'label', message: words.duplicate })
    }
    if (issues.length > 0) throw validationFailed(issues)
  }

  const audit = (
    trx: Db,
    user: { centreId: string; id: string },
    action: 'settings.option_added' | 'settings.option_changed' | 'settings.options_reordered',
    details: Record<string, string | string[]>,
  ) => recordAudit(trx, { centreId: user.centreId, actorUserId: user.id, action, targetKind: list, details }, clock.now())

  return new Hono<AppEnv>()
    .get('/', async (c) => c.json({ categories: await load(db, c.get('user').centreId) }, 200))
    .use(requireRole('admin'))
    .post('/', validate('json', AddBody), async (c) => {
      const user = c.get('user')
      const { label } = c.req.valid('json')
      const created = await db.transaction().execute(async (trx) => {
        const current = await load(trx, user.centreId)
        checkLabel(label, current)
        const key = localOptionKey(label, new Set(current.map((o) => o.key)))
        const sortOrder = Math.max(-1, ...current.map((o) => o.sortOrder)) + 1
        if (!(await saveOptionChange(trx, user.centreId, list, key, 0, { label, sortOrder }, clock.now()))) throw conflict()
        await audit(trx, user, 'settings.option_added', { list, key })
        return (await load(trx, user.centreId)).find((o) => o.key === key)!
      })
      return c.json({ category: created }, 201)
    })
    .patch('/', validate('json', OrderBody), async (c) => {
      const user = c.get('user')
      const { order } = c.req.valid('json')
      if (new Set(order).size !== order.length) throw validationFailed([{ path: 'order', message: 'Samme kategori står flere ganger.' }])
      const categories = await db.transaction().execute(async (trx) => {
        const current = await load(trx, user.centreId)
        // The whole list, exactly once each: anything else means it changed since it was read.
        if (current.length !== order.length || current.some((o) => !order.includes(o.key))) throw conflict()
        await saveOptionOrder(trx, user.centreId, list, order, clock.now())
        await audit(trx, user, 'settings.options_reordered', { list })
        return load(trx, user.centreId)
      })
      return c.json({ categories }, 200)
    })
    .patch('/:key', validate('param', KeyParam), validate('json', ChangeBody), async (c) => {
      const user = c.get('user')
      const { key } = c.req.valid('param')
      const body = c.req.valid('json')
      const updated = await db.transaction().execute(async (trx) => {
        const current = await load(trx, user.centreId)
        const option = current.find((o) => o.key === key)
        if (!option) throw notFound(words.notFound)
        if (option.version !== body.version) throw conflict()
        if (body.label === null && option.local) throw validationFailed([{ path: 'label', message: words.needsName }])
        if (body.label)
          checkLabel(
            body.label,
            current.filter((o) => o.key !== key),
          )
        if (body.retired === true && current.filter((o) => !o.retired && o.key !== key).length === 0) {
          throw validationFailed([{ path: 'retired', message: words.lastInUse }])
        }
        // Retiring twice keeps the first date; restoring clears it.
        const retires = body.retired !== undefined && body.retired !== option.retired
        const retiredAt = !retires ? undefined : body.retired ? clock.now().toISOString() : null
        const changed = [...(body.label !== undefined ? ['label'] : []), ...(retires ? ['retired'] : [])]
        const change = { ...(body.label !== undefined && { label: body.label }), ...(retiredAt !== undefined && { retiredAt }) }
        if (!(await saveOptionChange(trx, user.centreId, list, key, body.version, change, clock.now()))) throw conflict()
        await audit(trx, user, 'settings.option_changed', { list, key, fields: changed })
        return (await load(trx, user.centreId)).find((o) => o.key === key)!
      })
      return c.json({ category: updated }, 200)
    })
}
