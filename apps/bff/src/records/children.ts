import { clearInactive, formByKey, forms, isEmptyValue, optionLabel, findField, type FormDef, type RecordValues } from '@ly/forms'
import { recordAudit } from '../db/audit'
import type { Db } from '../db/database'
import { findRecord, findRecords, type StoredRecord } from '../db/records'
import { AppError, notFound } from '../errors'
import { validationFailed } from '../validation'
import { deleteRow, updateRow } from './writes'

/**
 * The parent/child link of the records service: a child's stay belongs to an adult's stay
 * (`FormDef.parent`), inherits its consent and offer, follows its changes and goes with it.
 * Data in the definition, handled here for every form.
 */

/** Who writes, where and when: the children's writes are audited as the parent's writer's. */
export interface Actor {
  centreId: string
  userId: string
  now: Date
}

/** Forms whose records belong to a record of `form` (the children's stays of an adult's stay). */
const childFormsOf = (form: FormDef) => (Object.values(forms) as FormDef[]).filter((f) => f.parent?.form === form.key)

const showValue = (form: FormDef, key: string, value: unknown) => {
  const field = findField(form, key)
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nei'
  return field && typeof value === 'string' ? optionLabel(field, value) : String(value)
}

/**
 * The parent of a record on a form with a parent link: it must exist in the same centre (404
 * otherwise, as for any record of another centre), and the inherited answers must be its answers
 * — a child's consent and offer are the adult's (decision 1).
 */
export async function checkParent(trx: Db, form: FormDef, centreId: string, parentId: string | null | undefined, values: RecordValues): Promise<StoredRecord | null> {
  if (!form.parent) return null
  const parentForm = formByKey(form.parent.form)
  if (!parentId || !parentForm) {
    throw validationFailed([{ path: form.parent.column, message: 'Oppgi hvilken registrering dette hører til (den voksnes opphold).' }])
  }
  const parent = await findRecord(trx, parentForm, centreId, parentId)
  if (!parent) throw notFound('Fant ikke den voksnes opphold som dette hører til. Det kan være slettet.')
  const issues = form.parent.inherits
    .filter((key) => values[key] !== parent.values[key])
    .map((key) => ({ path: key, message: `Følger den voksnes opphold, der svaret er «${showValue(parentForm, key, parent.values[key])}».` }))
  if (issues.length > 0) throw validationFailed(issues)
  return parent
}

/** A record whose consent follows its parent cannot withdraw on its own: withdraw on the parent. */
export function refuseInheritedWithdrawal(form: FormDef) {
  if (form.parent && form.consentField && form.parent.inherits.includes(form.consentField)) {
    throw new AppError(409, 'consent_inherited', 'Samtykket følger den voksnes opphold. Trekk tilbake samtykket der, så slettes også barnas svar.')
  }
}

/**
 * After a parent changed, in the same transaction: its children take the inherited answers
 * again. When consent is gone their answers are erased as well (decision 1); the audit trail
 * names the fields only, and which form the change came from.
 */
export async function syncChildren(trx: Db, form: FormDef, parentId: string, parentValues: RecordValues, actor: Actor) {
  for (const childForm of childFormsOf(form)) {
    const link = childForm.parent!
    for (const child of await findRecords(trx, childForm, actor.centreId, { parentId })) {
      const inherited = Object.fromEntries(link.inherits.map((k) => [k, parentValues[k]]))
      const next = clearInactive(childForm, { ...child.values, ...inherited })
      const changed = Object.keys(next).filter((k) => JSON.stringify(next[k]) !== JSON.stringify(child.values[k]))
      if (changed.length === 0) continue
      if (!(await updateRow(trx, childForm, actor.centreId, child.id, child.version, actor.userId, next, actor.now))) {
        throw new AppError(409, 'conflict', 'Et barns opphold ble endret samtidig. Last inn på nytt og prøv igjen.')
      }
      const consent = childForm.consentField
      const withdrawn = consent !== undefined && child.values[consent] === true && next[consent] === false
      await recordAudit(
        trx,
        {
          centreId: actor.centreId,
          actorUserId: actor.userId,
          action: withdrawn ? 'record.consent_withdrawn' : 'record.updated',
          targetKind: childForm.key,
          targetId: child.id,
          details: { fields: changed, via: form.key },
        },
        actor.now,
      )
    }
  }
}

/**
 * Deleting a record that has children (an adult's stay with children's stays) needs the
 * caller's explicit `cascade: true`; the children are then deleted first, each audited, in the
 * same transaction. Without it: 409 `has_children`, so the SPA can ask for confirmation. The
 * database refuses orphans anyway (the foreign key has no ON DELETE).
 */
export async function deleteChildren(trx: Db, form: FormDef, parentId: string, cascade: boolean, actor: Actor) {
  for (const childForm of childFormsOf(form)) {
    const children = await findRecords(trx, childForm, actor.centreId, { parentId })
    if (children.length === 0) continue
    if (!cascade) {
      const what = children.length === 1 ? 'ett barn' : `${children.length} barn`
      throw new AppError(409, 'has_children', `Oppholdet har ${what} registrert. Bekreft at også barnas opphold skal slettes.`)
    }
    for (const child of children) {
      if (!(await deleteRow(trx, childForm, actor.centreId, child.id, child.version)))
        throw new AppError(409, 'conflict', 'Et barns opphold ble endret samtidig. Last inn på nytt og prøv igjen.')
      await recordAudit(
        trx,
        { centreId: actor.centreId, actorUserId: actor.userId, action: 'record.deleted', targetKind: childForm.key, targetId: child.id, details: { via: form.key } },
        actor.now,
      )
    }
  }
}

/** An update that gives an open stay its end date is a check-out (audited as such). */
export const isCheckOut = (form: FormDef, before: RecordValues, after: RecordValues) =>
  form.endDateField !== undefined && isEmptyValue(before[form.endDateField]) && !isEmptyValue(after[form.endDateField])
