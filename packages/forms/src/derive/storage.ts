import { allFields, memoizeByForm, type FieldDef, type FormDef, type MultiField } from '../define-form'

/**
 * How a form is stored: one row per record in `form.table` with a column per single-valued
 * field (named by its key), and one row per ticked option in `<table>_choices`. Booleans are
 * 0/1 integers so the same columns work on SQLite and PostgreSQL.
 */
export type ColumnType = 'text' | 'integer'

export interface StorageColumn {
  name: string
  type: ColumnType
  field: FieldDef
}

export function columnType(field: FieldDef): ColumnType | null {
  switch (field.kind) {
    case 'multi':
      return null
    case 'boolean':
    case 'integer':
      return 'integer'
    default:
      return 'text'
  }
}

export const storageColumns: (form: FormDef) => readonly StorageColumn[] = memoizeByForm((form) =>
  Object.freeze(
    allFields(form).flatMap((field) => {
      const type = columnType(field)
      return type ? [{ name: field.key, type, field }] : []
    }),
  ),
)

export const multiFields: (form: FormDef) => readonly MultiField[] = memoizeByForm((form) =>
  Object.freeze(allFields(form).filter((f): f is MultiField => f.kind === 'multi')),
)

export const choicesTable = (form: FormDef) => `${form.table}_choices`

/** Columns every registration table has besides the form's own fields. */
export const RECORD_META_COLUMNS = [
  { name: 'id', type: 'text' },
  { name: 'centre_id', type: 'text' },
  { name: 'version', type: 'integer' },
  { name: 'created_at', type: 'text' },
  { name: 'created_by', type: 'text' },
  { name: 'updated_at', type: 'text' },
  { name: 'updated_by', type: 'text' },
] as const satisfies readonly { name: string; type: ColumnType }[]

/** The meta columns of one form's table: the common ones plus the link to a parent record. */
export const recordMetaColumns = (form: FormDef): { name: string; type: ColumnType }[] => [
  ...RECORD_META_COLUMNS,
  ...(form.parent ? [{ name: form.parent.column, type: 'text' as const }] : []),
]
