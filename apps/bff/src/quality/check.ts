import { forms, type CentreOptionLists, type FormKey, type RecordValues } from '@ly/forms'
import { loadCentreOptionLists } from '../db/centre-options'
import type { Db } from '../db/database'
import { listQualityChecked } from './checked'
import { loadAdultStays, loadYear } from './load'
import { qualityRules, type RuleKey } from './rules'

/** One problem with one record: what the page lists with a link, and `pnpm ly check` prints. */
export interface Finding {
  rule: RuleKey
  form: FormKey
  id: string
  /** The adult's stay of a child's stay (the page's link goes through it). */
  parentId: string | null
  /** The record's date (a stay's move-in date), YYYY-MM-DD. */
  date: string
  detail: string
  /** The record's version: a «Sjekket – riktig» mark holds for it. */
  version: number
}

/** A finding a leader has checked and found right: shown apart, not counted as needing attention. */
export interface CheckedFinding extends Finding {
  checked: { reason: string; by: string | null; at: string }
}

export interface RuleSummary {
  key: RuleKey
  title: string
  explanation: string
  fix: string
  /** The findings that need attention (not checked). */
  count: number
  /** The findings a leader has marked «Sjekket – riktig». */
  checked: number
}

export interface QualityReport {
  year: number
  today: string
  /** Every rule, with how many findings it has (zero included: the page says what was checked). */
  rules: RuleSummary[]
  /** What needs attention: what the menu counts, `pnpm ly check` exits 1 for and the year lock asks about. */
  findings: Finding[]
  /** Findings marked «Sjekket – riktig» on the record's current version. */
  checked: CheckedFinding[]
}

/**
 * Runs every rule of quality/rules.ts over the centre's registrations with a day in `year`:
 * the one check behind the Kvalitetskontroll page, `pnpm ly check` and the year lock.
 * Findings come rule by rule, each rule's by date.
 */
export async function checkYear(db: Db, centreId: string, year: number, today: string): Promise<QualityReport> {
  const records = await loadYear(db, centreId, year)
  const adults = new Map<string, RecordValues>((records.get('adult_stay') ?? []).map((r) => [r.id, r.values]))
  const elsewhere = [...new Set((records.get('child_stay') ?? []).flatMap((c) => (c.parentId !== null && !adults.has(c.parentId) ? [c.parentId] : [])))]
  for (const [id, values] of await loadAdultStays(db, centreId, elsewhere)) adults.set(id, values)
  const lists = new Map<FormKey, CentreOptionLists>()
  for (const key of Object.keys(forms) as FormKey[]) lists.set(key, await loadCentreOptionLists(db, centreId, forms[key]))

  const marks = await listQualityChecked(db, centreId)
  const ctx = { year, today, records, adults, lists }
  const findings: Finding[] = []
  const checked: CheckedFinding[] = []
  const rules: RuleSummary[] = []
  for (const rule of qualityRules) {
    const hits = rule
      .find(ctx)
      .map(({ record, detail }): Finding => ({
        rule: rule.key,
        form: record.form,
        id: record.id,
        parentId: record.parentId,
        date: String(record.values[forms[record.form].dateField]),
        detail,
        version: record.version,
      }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    const open: Finding[] = []
    for (const hit of hits) {
      // A mark holds for the version it was made on: a changed record is looked at again.
      const mark = marks.get(`${hit.rule} ${hit.id}`)
      if (mark && mark.version === hit.version) checked.push({ ...hit, checked: { reason: mark.reason, by: mark.by, at: mark.at } })
      else open.push(hit)
    }
    findings.push(...open)
    rules.push({ key: rule.key, title: rule.title, explanation: rule.explanation, fix: rule.fix, count: open.length, checked: hits.length - open.length })
  }
  return { year, today, rules, findings, checked }
}
