import { allFields, type FormDef, type SingleField } from '../define-form'
import { isEmptyValue, isFieldActive, type RecordValues } from './visibility'

/**
 * Option lists a centre edits itself (`SingleField.centreOptions`, e.g. the duty phone's caller
 * categories, data-dictionary §7.3 Q33). The definition holds the defaults; a centre's changes
 * are rows (renamed label, retirement, order, added options). Nothing is ever deleted, so a
 * record keeps its key and every year still labels correctly.
 */

/** One centre's change to one option (a row of `centre_options`). */
export interface CentreOptionOverride {
  key: string
  /** null keeps the definition's label. */
  label: string | null
  /** When the centre stopped offering it (ISO timestamp); old records keep it and its label. */
  retiredAt: string | null
  sortOrder: number | null
  version: number
}

export interface CentreOption {
  key: string
  label: string
  help?: string
  /** Added by the centre, not one of the definition's defaults. */
  local: boolean
  retired: boolean
  sortOrder: number
  /** 0 for a default the centre has never changed: the version a client sends back. */
  version: number
}

/** Keys of centre-defined options start with this, so they never collide with a default. */
export const LOCAL_OPTION_PREFIX = 'local_'

export const centreOptionFields = (form: FormDef): (SingleField & { centreOptions: string })[] =>
  allFields(form).filter((f): f is SingleField & { centreOptions: string } => f.kind === 'single' && f.centreOptions !== undefined)

/** The centre's list: defaults in definition order unless reordered, then its own additions. */
export function effectiveOptions(field: SingleField, overrides: readonly CentreOptionOverride[]): CentreOption[] {
  const byKey = new Map(overrides.map((o) => [o.key, o]))
  const defaults = field.options.map((o, index): CentreOption => {
    const row = byKey.get(o.key)
    return {
      key: o.key,
      label: row?.label ?? o.label,
      ...(o.help !== undefined && !row?.label && { help: o.help }),
      local: false,
      retired: row?.retiredAt != null,
      sortOrder: row?.sortOrder ?? index,
      version: row?.version ?? 0,
    }
  })
  const defaultKeys = new Set(field.options.map((o) => o.key))
  const added = overrides
    .filter((o) => !defaultKeys.has(o.key))
    .map((o): CentreOption => ({ key: o.key, label: o.label ?? o.key, local: true, retired: o.retiredAt !== null, sortOrder: o.sortOrder ?? 1000, version: o.version }))
  return [...defaults, ...added].sort((a, b) => a.sortOrder - b.sortOrder || a.key.localeCompare(b.key))
}

/** The key of a new option, from its label: "Krisesenter i Sverige" → `local_krisesenter_i_sverige`. */
export function localOptionKey(label: string, taken: ReadonlySet<string>): string {
  const slug =
    label
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/[øö]/g, 'o')
      .replace(/[åä]/g, 'a')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 40) || 'kategori'
  const base = `${LOCAL_OPTION_PREFIX}${slug}`
  let key = base
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`
  return key
}

export type CentreOptionLists = Readonly<Record<string, readonly CentreOption[]>>

/**
 * Checks answers to centre-editable lists against the centre's lists (keyed by field key).
 * A retired option stays valid on a record that already held it (`previous`), so correcting an
 * old record never forces a new category on it; new registrations cannot choose it.
 */
export function checkCentreOptions(form: FormDef, values: RecordValues, lists: CentreOptionLists, previous?: RecordValues) {
  const issues: { path: string; message: string }[] = []
  for (const field of centreOptionFields(form)) {
    const value = values[field.key]
    if (isEmptyValue(value) || !isFieldActive(form, field, values)) continue
    const option = lists[field.key]?.find((o) => o.key === value)
    if (!option) issues.push({ path: field.key, message: 'Ugyldig valg.' })
    else if (option.retired && previous?.[field.key] !== value) {
      issues.push({ path: field.key, message: `«${option.label}» er tatt ut av bruk og kan ikke velges for nye registreringer.` })
    }
  }
  return issues
}
