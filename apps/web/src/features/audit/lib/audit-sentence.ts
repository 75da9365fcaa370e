import type { AuditAction } from '@ly/bff/client'
import { findField, formByKey, incomingCallForm, optionLabel, type FormDef } from '@ly/forms'
import { roleLabels } from '@ly/forms/accounts'

/** What the trail refers to by key or id, in words: the centre's users and its own option lists. */
export interface AuditNames {
  /** A user's name by id; undefined for a user no longer in the centre. */
  user: (id: string) => string | undefined
  /** A label of the centre's own list (the duty phone's «Hvem ringte»), by list and key. */
  option?: (list: string, key: string) => string | undefined
}

export interface AuditEventLike {
  action: string
  targetKind: string | null
  targetId: string | null
  details: Record<string, unknown> | null
}

type Details = Record<string, unknown>

// The centre form is not in the registrations' registry that formByKey reads.
const formOf = (kind: string | null): FormDef | undefined => (kind === 'centre_year' ? undefined : kind ? formByKey(kind) : undefined)

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '')
const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`)
const sentence = (text: string) => (text ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : '')
const role = (v: unknown) => ((roleLabels as Partial<Record<string, string>>)[str(v)] ?? str(v)).toLowerCase()

/** A record's changed fields by their questions' wording («Kjønn»), never their keys. */
function fieldNames(form: FormDef | undefined, fields: unknown): string[] {
  if (!Array.isArray(fields)) return []
  return fields.map((key: unknown) => {
    const field = form && typeof key === 'string' ? findField(form, key) : undefined
    return field ? `«${field.label}»` : 'et svar'
  })
}

/** The security settings as the settings page words them. */
const securityFields: Record<string, { label: string; value: (v: unknown) => string }> = {
  requireTotp: { label: 'krav om tofaktor for ledere og administratorer', value: (v) => (v === true ? 'på' : 'av') },
  idleLockMinutes: { label: 'skjermlås etter', value: (v) => `${str(v)} minutter uten aktivitet` },
  retentionMonths: { label: 'fjerning av ubrukte saksnummer etter', value: (v) => `${str(v)} måneder` },
}

const formats: Record<string, string> = { html: 'nettside', xlsx: 'Excel', csv: 'CSV', json: 'JSON', print: 'utskrift', jsonl: 'JSON Lines' }
const format = (v: unknown) => formats[str(v)] ?? str(v)
const separators: Record<string, string> = { comma: 'komma', semicolon: 'semikolon' }

function recordChange(event: AuditEventLike, d: Details): string {
  const form = formOf(event.targetKind)
  const names = fieldNames(form, d.fields)
  const via = formOf(str(d.via) || null)
  const changed = names.length === 0 ? 'ingen svar endret' : `endret ${list(names)}`
  return sentence(`${changed}${via ? ` via «${via.title}»` : ''}`)
}

function callerCategory(names: AuditNames, key: unknown): string {
  const field = findField(incomingCallForm, 'caller_type')
  const own = names.option?.('caller_type', str(key))
  if (own) return own
  return field && 'options' in field && field.options.some((o) => o.key === key) ? optionLabel(field, str(key)) : 'en egen kategori'
}

/**
 * Each action's details as a Norwegian sentence. The record type makes a new action need one here;
 * the trail holds counts, field names and settings, never an answer.
 */
const describers: Record<AuditAction, (d: Details, event: AuditEventLike, names: AuditNames) => string> = {
  'auth.sign_in': () => '',
  'auth.sign_in_failed': () => '',
  'auth.sign_in_throttled': () => '',
  'auth.sign_out': () => '',
  'auth.password_changed': () => '',
  'auth.totp_enabled': () => '',
  'auth.totp_failed': () => '',
  'auth.attempts_throttled': () => '',
  'auth.unlock_failed': () => '',
  'auth.signed_out_at_lock': () => '',
  'user.created': (d) => (d.role ? sentence(`med rollen ${role(d.role)}`) : ''),
  'user.role_changed': (d) => sentence(`fra ${role(d.from)} til ${role(d.to)}`),
  'user.password_reset': (d) => (d.via ? 'Fra kommandolinjen.' : ''),
  'user.deactivated': () => '',
  'user.reactivated': () => '',
  'user.totp_reset': (d) => (d.via ? 'Fra kommandolinjen.' : ''),
  'centre.created': () => '',
  'record.created': (d) => (d.consent === true ? 'Med samtykke.' : d.consent === false ? 'Uten samtykke.' : ''),
  'record.updated': (d, e) => recordChange(e, d),
  'record.deleted': (d) => {
    const via = formOf(str(d.via) || null)
    return via ? sentence(`sammen med sitt «${via.title}»`) : ''
  },
  'record.consent_withdrawn': (d, e) => `Svarene er slettet; bare datoene er beholdt. ${recordChange(e, d)}`,
  'record.checked_out': (d, e) => recordChange(e, d),
  'records.imported': (d) => {
    const parts = Object.entries(d).map(([key, n]) => {
      const form = formOf(key)
      return form ? `${str(n)} ${Number(n) === 1 ? form.unit.singular : form.unit.plural} i «${form.title}»` : `${str(n)} andre registreringer`
    })
    return parts.length ? sentence(list(parts)) : ''
  },
  'records.exported': (d) =>
    sentence(
      [d.records !== undefined ? `${str(d.records)} registreringer` : '', d.year ? `fra ${str(d.year)}` : '', d.format ? `som ${format(d.format)}` : ''].filter(Boolean).join(' '),
    ),
  'record.undone': () => '',
  'settings.option_added': (d, _e, names) => sentence(`«${callerCategory(names, d.key)}» i «Hvem ringte»`),
  'settings.option_changed': (d, _e, names) => {
    const what = Array.isArray(d.fields) ? d.fields.map((f) => (f === 'label' ? 'navnet' : f === 'retired' ? 'om den er i bruk' : 'et valg')) : []
    return sentence(`«${callerCategory(names, d.key)}» i «Hvem ringte»${what.length ? `: endret ${list(what)}` : ''}`)
  },
  'settings.options_reordered': () => 'Ny rekkefølge i «Hvem ringte».',
  'outgoing_calls.counted': (d, _e, names) => {
    const delta = Number(d.delta)
    const n = Math.abs(delta)
    return sentence(`${delta < 0 ? 'trakk fra' : 'la til'} ${n} ${n === 1 ? 'samtale' : 'samtaler'} til ${callerCategory(names, d.recipient_type).toLowerCase()}`)
  },
  'export.report': (d) =>
    sentence(
      `årsrapporten for ${str(d.year)} som ${format(d.format)}${d.separator ? ` med ${separators[str(d.separator)] ?? str(d.separator)} som skilletegn` : ''}${d.via ? ', fra kommandolinjen' : ''}`,
    ),
  'export.national': (d) => sentence(`${d.kind === 'aggregate' ? 'summene' : 'registreringene'} for ${str(d.year)} som ${format(d.format)}`),
  'report.comment_saved': (d) => sentence(`kommentar i årsrapporten for ${str(d.year)}`),
  'settings.suppression_threshold_changed': (d) => sentence(`fra ${str(d.from)} til ${str(d.to)}`),
  'settings.security_changed': (d) => {
    const fields = Array.isArray(d.fields) ? d.fields.filter((f): f is string => typeof f === 'string') : []
    const parts = fields.map((key) => {
      const f = securityFields[key]
      return f ? `${f.label} endret fra ${f.value(d[`${key}From`])} til ${f.value(d[`${key}To`])}` : 'en innstilling endret'
    })
    return parts.map(sentence).join(' ')
  },
  'year.locked': (d) => (d.year ? sentence(`året ${str(d.year)}`) : ''),
  'year.reopened': (d) => (d.year ? sentence(`året ${str(d.year)}`) : ''),
  'year.changed_after_lock': (d) => (d.year ? sentence(`tallene for ${str(d.year)}, fordi et samtykke ble trukket tilbake`) : ''),
  'quality.finding_checked': (d) => (d.year ? sentence(`i kvalitetskontrollen for ${str(d.year)}`) : ''),
  'retention.case_codes_removed': (d) => sentence(`${str(d.codes)} saksnummer fjernet fra ${str(d.records)} registreringer, ubrukt i ${str(d.months)} måneder`),
  'housekeeping.purged': (d) => sentence(`${str(d.sessions)} utløpte økter og ${str(d.failures)} mislykkede innlogginger`),
  'capacity.sharing_changed': (d) => (d.shared === true ? 'Senteret deler nå ledige plasser med de andre sentrene.' : 'Senteret deler ikke lenger ledige plasser.'),
  'capacity.token_created': () => '',
  'capacity.token_revoked': () => '',
}

/** An event's details as Norwegian sentences, with fields and users by name ('' when there is nothing to add). */
export function auditSentence(event: AuditEventLike, names: AuditNames): string {
  const describe = (describers as Record<string, (typeof describers)[AuditAction] | undefined>)[event.action]
  return describe ? describe(event.details ?? {}, event, names) : ''
}

const kindWords: Record<string, string> = {
  user: 'Bruker',
  centre: 'Senteret',
  year: 'Året',
  import: 'Innlesing',
  case_code: 'Saksnummer',
  report: 'Årsrapporten',
  report_comment: 'Årsrapporten',
  outgoing_calls: 'Utgående samtaler',
  national_export: 'Nasjonal eksport',
  caller_type: '«Hvem ringte»',
  centre_year: 'Årsskjema',
  capacity_token: 'Tilgang til ledige plasser',
}

/** A target kind in words: a form's title, or the trail's own kinds. */
export const kindText = (kind: string) => formOf(kind)?.title ?? kindWords[kind] ?? 'Annet'

/** What an event concerns, in words: «Bruker vakt1», «Årsrapporten 2025», «Dagbesøk». */
export function targetText(event: AuditEventLike, names: AuditNames): string {
  if (!event.targetKind) return ''
  const kind = kindText(event.targetKind)
  if (event.targetKind === 'user') return event.targetId ? `Bruker ${names.user(event.targetId) ?? '(slettet)'}` : kind
  if (['year', 'report', 'national_export'].includes(event.targetKind) && event.targetId) return `${kind} ${event.targetId}`
  if (event.targetKind === 'report_comment' && event.targetId) return `${kind} ${event.targetId.split('/')[0]}`
  return kind
}
