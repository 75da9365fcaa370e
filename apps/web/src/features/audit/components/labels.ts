import type { AuditAction } from '@ly/bff/client'
import { formByKey } from '@ly/forms'

/** Every action of the trail in plain Norwegian; the type makes a new action need a label here. */
export const actionLabels: Record<AuditAction, string> = {
  'auth.sign_in': 'Logget inn',
  'auth.sign_in_failed': 'Mislykket innlogging',
  'auth.sign_in_throttled': 'Innlogging stoppet etter for mange forsøk',
  'auth.sign_out': 'Logget ut',
  'auth.password_changed': 'Byttet passord',
  'auth.totp_enabled': 'Slo på tofaktor-innlogging',
  'auth.totp_failed': 'Feil engangskode',
  'auth.attempts_throttled': 'Stoppet etter for mange forsøk',
  'auth.unlock_failed': 'Feil passord på låst skjerm',
  'auth.signed_out_at_lock': 'Logget ut fra låst skjerm',
  'user.created': 'Opprettet bruker',
  'user.role_changed': 'Endret rolle',
  'user.password_reset': 'Nytt passord for bruker',
  'user.deactivated': 'Deaktiverte bruker',
  'user.reactivated': 'Aktiverte bruker',
  'user.totp_reset': 'Nullstilte tofaktor-innlogging',
  'centre.created': 'Opprettet senter',
  'record.created': 'Registrerte',
  'record.updated': 'Endret registrering',
  'record.deleted': 'Slettet registrering',
  'record.consent_withdrawn': 'Trakk tilbake samtykke',
  'record.checked_out': 'Registrerte utflytting',
  'records.imported': 'Leste inn registreringer',
  'records.exported': 'Eksporterte registreringer',
  'record.undone': 'Angret registrering',
  'settings.option_added': 'La til valg',
  'settings.option_changed': 'Endret valg',
  'settings.options_reordered': 'Endret rekkefølge på valg',
  'outgoing_calls.counted': 'Telte utgående samtaler',
  'export.report': 'Lastet ned årsrapport',
  'export.national': 'Lastet ned nasjonal eksport',
  'report.comment_saved': 'Lagret kommentar i årsrapporten',
  'settings.suppression_threshold_changed': 'Endret grensen for små tall',
  'settings.security_changed': 'Endret sikkerhetsinnstillinger',
  'year.locked': 'Låste året',
  'year.reopened': 'Åpnet året igjen',
  'retention.case_codes_removed': 'Fjernet ubrukte saksnummer',
}

const kindLabels: Record<string, string> = {
  user: 'Bruker',
  centre: 'Senter',
  year: 'År',
  import: 'Innlesing',
  case_code: 'Saksnummer',
  report: 'Årsrapport',
  report_comment: 'Rapportkommentar',
  outgoing_calls: 'Utgående samtaler',
  // A centre form, not in the registrations' registry that formByKey reads.
  centre_year: 'Årsskjema',
}

export const actionLabel = (action: string) => (actionLabels as Record<string, string>)[action] ?? action
export const kindLabel = (kind: string) => formByKey(kind)?.title ?? kindLabels[kind] ?? kind

/** The event's details in a few words: field names, roles, counts — the trail holds no answers. */
export function detailsText(details: Record<string, unknown> | null): string {
  if (!details) return ''
  return Object.entries(details)
    .map(([key, value]) => (key === 'fields' && Array.isArray(value) ? `felt: ${value.join(', ') || 'ingen'}` : `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`))
    .join('; ')
}
