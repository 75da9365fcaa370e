import { describe, expect, it } from 'vitest'
import { allFormDefs, choicesTable, recordMetaColumns, storageColumns } from '@ly/forms'
import { createTestDb } from '../testing/test-app'

/** PostgreSQL reports 'integer' by its internal name; the definitions use the SQL name. */
const sameTypeName = (dataType: string) => (dataType.toLowerCase() === 'int4' ? 'integer' : dataType.toLowerCase())

/** The definitions and the migrated database must never part: this fails when they do. */
describe('form definitions match the migrated database', () => {
  it.each(allFormDefs())('$key', async (form) => {
    const db = await createTestDb()
    const tables = await db.introspection.getTables()
    const table = tables.find((t) => t.name === form.table)
    expect(table, `table ${form.table}`).toBeDefined()
    const actual = table!.columns.map((c) => `${c.name}:${sameTypeName(c.dataType)}`).sort()
    const expected = [...recordMetaColumns(form), ...storageColumns(form)].map((c) => `${c.name}:${c.type}`).sort()
    expect(actual).toEqual(expected)

    const choices = tables.find((t) => t.name === choicesTable(form))
    expect(choices?.columns.map((c) => c.name).sort()).toEqual(['category', 'field', 'record_id'])
  })
})
