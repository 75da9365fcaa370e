import { centreOptionFields, effectiveOptions, type CentreOptionLists, type CentreOptionOverride, type FormDef, type SingleField } from '@ly/forms'
import type { Db } from './database'

/**
 * A centre's editable option lists (`SingleField.centreOptions`): the definition's defaults
 * overlaid with the centre's rows in `centre_options`. Rows are updated, never deleted.
 */

export async function listOptionOverrides(db: Db, centreId: string, list: string): Promise<CentreOptionOverride[]> {
  const rows = await db.selectFrom('centre_options').selectAll().where('centre_id', '=', centreId).where('list', '=', list).execute()
  return rows.map((r) => ({ key: r.key, label: r.label, retiredAt: r.retired_at, sortOrder: r.sort_order, version: r.version }))
}

export async function loadCentreOptions(db: Db, centreId: string, field: SingleField & { centreOptions: string }) {
  return effectiveOptions(field, await listOptionOverrides(db, centreId, field.centreOptions))
}

/** The centre's list for every centre-editable field of a form; no query for forms without one. */
export async function loadCentreOptionLists(db: Db, centreId: string, form: FormDef): Promise<CentreOptionLists> {
  const lists: Record<string, Awaited<ReturnType<typeof loadCentreOptions>>> = {}
  for (const field of centreOptionFields(form)) lists[field.key] = await loadCentreOptions(db, centreId, field)
  return lists
}

export interface OptionChange {
  label?: string | null
  retiredAt?: string | null
  sortOrder?: number
}

/**
 * Writes a centre's change to one option with optimistic concurrency: `version` is what the
 * client saw (0 for a default the centre never changed, which has no row yet). Inside a
 * transaction. Returns false when someone else changed it first.
 */
export async function saveOptionChange(trx: Db, centreId: string, list: string, key: string, version: number, change: OptionChange, now: Date) {
  const at = now.toISOString()
  if (version === 0) {
    const existing = await trx.selectFrom('centre_options').select('key').where('centre_id', '=', centreId).where('list', '=', list).where('key', '=', key).executeTakeFirst()
    if (existing) return false
    await trx
      .insertInto('centre_options')
      .values({
        centre_id: centreId,
        list,
        key,
        label: change.label ?? null,
        retired_at: change.retiredAt ?? null,
        sort_order: change.sortOrder ?? null,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute()
    return true
  }
  const result = await trx
    .updateTable('centre_options')
    .set({
      ...(change.label !== undefined && { label: change.label }),
      ...(change.retiredAt !== undefined && { retired_at: change.retiredAt }),
      ...(change.sortOrder !== undefined && { sort_order: change.sortOrder }),
      version: version + 1,
      updated_at: at,
    })
    .where('centre_id', '=', centreId)
    .where('list', '=', list)
    .where('key', '=', key)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Sets the order of a whole list in one go (upserting rows for untouched defaults). */
export async function saveOptionOrder(trx: Db, centreId: string, list: string, keys: readonly string[], now: Date) {
  const at = now.toISOString()
  for (const [sortOrder, key] of keys.entries()) {
    await trx
      .insertInto('centre_options')
      .values({ centre_id: centreId, list, key, label: null, retired_at: null, sort_order: sortOrder, version: 1, created_at: at, updated_at: at })
      .onConflict((oc) => oc.columns(['centre_id', 'list', 'key']).doUpdateSet((eb) => ({ sort_order: sortOrder, version: eb('centre_options.version', '+', 1), updated_at: at })))
      .execute()
  }
}
