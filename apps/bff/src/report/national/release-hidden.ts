import type { FormDef } from '@ly/forms'
import type { ReportTable } from '../model'
import type { RecordValue } from './local-suppression'

/**
 * What the year's suppressed tables hide, as answers of the record-level file (decision 0021):
 * counting the file's lines must not give back a hidden cell, so an answer hidden in a table is
 * hidden in every line that gives it.
 */
export interface ReleaseHidden {
  /** `form.field` (file keys: `age_group` for age) → answers to hide, or every answer. */
  answers: Map<string, Set<string> | 'all'>
  /** `form.field` whose number of answers (N) is hidden: unanswered lines get the mark too. */
  answeredCount: Set<string>
  /** Forms whose number of events is hidden: their lines would count it. */
  omittedForms: Set<string>
}

const VOLUME_FORMS: Readonly<Record<string, string>> = { stays: 'adult_stay', child_stays: 'child_stay', day_visits: 'day_visit', phone_sessions: 'phone_session' }

/** A table row's category as the file writes it (`yes` → `true`). */
const fileValue = (rowKey: string) => (rowKey === 'yes' ? 'true' : rowKey === 'no' ? 'false' : rowKey)

/** Hidden answers of the suppressed aggregate tables (`nat-…`); tables share facts with the report, so hiding there follows. */
export function releaseHidden(tables: readonly ReportTable[]): ReleaseHidden {
  const answers: ReleaseHidden['answers'] = new Map()
  const omittedForms = new Set<string>()
  const answeredCount = new Set<string>()
  const fileField = (field: string) => {
    const [form, key] = field.split('.') as [string, string]
    return `${form}.${key === 'age' ? 'age_group' : key}`
  }
  const hide = (field: string, value: string) => {
    const known = answers.get(fileField(field))
    if (known === 'all') return
    if (value === 'all') answers.set(fileField(field), 'all')
    else answers.set(fileField(field), new Set([...(known ?? []), value]))
  }
  for (const table of tables) {
    for (const row of table.rows) {
      if (!row.cells.some((c) => c.state === 'suppressed')) continue
      if (table.id === 'nat-volumes') {
        const form = VOLUME_FORMS[row.key]
        if (form) omittedForms.add(form)
        continue
      }
      // Grouped tables prefix rows `1.`, `2.` … in the order of their fields.
      const match = /^(?:(\d+)\.)?(.+)$/.exec(row.key)!
      const field = table.fields[match[1] ? Number(match[1]) - 1 : 0]
      if (!field) continue
      // A hidden N (or a measure) hides how many answered: the whole question goes, and which lines answered it.
      hide(field, row.kind === 'category' ? fileValue(match[2]!) : 'all')
      if (row.kind === 'n') answeredCount.add(fileField(field))
    }
  }
  return { answers, answeredCount, omittedForms }
}

/**
 * The lines with the release's hidden answers replaced by the mark (and, where the number who
 * answered is hidden, the unanswered too). A table category that is
 * not one of the file's answers (the day visits' age table has bands of its own) hides the
 * whole question: the file's answers would add up to it.
 */
export function hideAnswers<R extends Record<string, RecordValue>>(
  form: FormDef,
  lines: readonly R[],
  hidden: ReleaseHidden,
  mark: string,
  domainOf: (key: string) => readonly (string | number | boolean)[] | null,
): R[] {
  const fields = [...hidden.answers]
    .filter(([field]) => field.startsWith(`${form.key}.`))
    .map(([field, values]) => {
      const key = field.slice(form.key.length + 1)
      const domain = domainOf(key)?.map(String)
      return [key, values === 'all' || (domain !== undefined && [...values].some((h) => !domain.includes(h))) ? 'all' : values, hidden.answeredCount.has(field)] as const
    })
  return lines.map((line) => {
    const out: Record<string, RecordValue> = { ...line }
    for (const [key, values, unanswered] of fields) {
      const v = out[key]
      if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) {
        if (unanswered) out[key] = mark
        continue
      }
      if (Array.isArray(v)) {
        const kept = values === 'all' ? [] : v.filter((item) => !values.has(item))
        out[key] = kept.length < v.length ? [...kept, mark] : v
      } else if (values === 'all' || values.has(String(v))) out[key] = mark
    }
    return out as R
  })
}
