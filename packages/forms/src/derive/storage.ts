import {
  allFields,
  memoizeByForm,
  type BooleanField,
  type FieldDef,
  type FieldsOf,
  type FormDef,
  type IntegerField,
  type MultiField,
  type OptionKeyOf,
  type SingleField,
} from '../define-form'

/**
 * How a form is stored: one row per record in `form.table` with a column per single-valued
 * field (named by its key), and one row per ticked option in `<table>_choices`. Booleans are
 * 0/1 integers so the same columns work on SQLite and PostgreSQL.
 */
export type ColumnType = 'text' | 'integer'

/** The column names of a form's own fields (its single-valued ones), as literals for a declared form. */
export type StoredFieldKey<F extends FormDef> = Exclude<FieldsOf<F>, MultiField>['key']

export interface StorageColumn<F extends FormDef = FormDef> {
  name: StoredFieldKey<F>
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
    case 'single':
    case 'date':
    case 'text':
    case 'case_code':
      return 'text'
  }
}

const deriveStorageColumns = memoizeByForm((form) =>
  Object.freeze(
    allFields(form).flatMap((field) => {
      const type = columnType(field)
      return type ? [{ name: field.key, type, field }] : []
    }),
  ),
)

/**
 * The form's columns, a single-valued field each. For a declared form the names are its field
 * keys as literal types: each name is a field's key, so the narrowing below only states what
 * the derivation does, and the database layer can address the columns by name.
 */
export const storageColumns = <F extends FormDef>(form: F): readonly StorageColumn<F>[] => deriveStorageColumns(form)

export const multiFields: (form: FormDef) => readonly MultiField[] = memoizeByForm((form) => Object.freeze(allFields(form).filter((f): f is MultiField => f.kind === 'multi')))

/** The table of a form's ticked options (a literal type for a declared form's table). */
export const choicesTable = <F extends FormDef>(form: F): `${F['table']}_choices` => `${form.table}_choices`

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

/*
 * The same derivation at the type level, so the database layer can type every registration
 * table from the definitions (apps/bff/src/db/database.ts) instead of keeping a second list.
 */

/** How a single-valued field is held in its column: booleans as 0/1, options by key. */
export type StoredValue<T extends FieldDef> = T extends BooleanField | IntegerField
  ? number | null
  : T extends SingleField
    ? T extends { readonly centreOptions: string }
      ? string | null // a centre's own options are not known at compile time
      : OptionKeyOf<T> | null
    : string | null

/** The columns every registration table has besides the form's own fields (RECORD_META_COLUMNS). */
export interface RecordMetaRow {
  id: string
  centre_id: string
  version: number
  created_at: string
  created_by: string | null
  updated_at: string
  updated_by: string | null
}

type ParentColumn<F extends FormDef> = F extends { readonly parent: { readonly column: infer C extends string } } ? { [K in C]: string } : unknown

/** One row of `form.table`: the meta columns, the link to a parent record, a column per single-valued field. */
export type RecordRow<F extends FormDef> = RecordMetaRow & ParentColumn<F> & { [T in FieldsOf<F> as T extends MultiField ? never : T['key']]: StoredValue<T> }

/** One ticked option of a multiple choice, in `<table>_choices`. */
export interface ChoiceRow {
  record_id: string
  /** The multiple choice's field key, and the ticked option's key (both checked when written). */
  field: string
  category: string
}
