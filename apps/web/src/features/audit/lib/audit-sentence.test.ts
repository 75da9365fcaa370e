import { describe, expect, it } from 'vitest'
import { auditSentence, targetText, type AuditEventLike, type AuditNames } from './audit-sentence'

const names: AuditNames = {
  user: (id) => ({ 'u-1': 'vakt1', 'u-2': 'leder1' })[id],
  option: (list, key) => (list === 'caller_type' && key === 'local_kommunen' ? 'Kommunen' : undefined),
}
const event = (action: string, details: Record<string, unknown> | null, targetKind: string | null = null, targetId: string | null = null): AuditEventLike => ({
  action,
  details,
  targetKind,
  targetId,
})

describe('audit details as Norwegian sentences', () => {
  it('names the security settings and their values in words, not «felt: idleLockMinutes; idleLockMinutesFrom: 1»', () => {
    const changed = event(
      'settings.security_changed',
      { fields: ['idleLockMinutes', 'requireTotp'], idleLockMinutesFrom: 1, idleLockMinutesTo: 5, requireTotpFrom: false, requireTotpTo: true },
      'centre',
      'c-1',
    )
    expect(auditSentence(changed, names)).toBe(
      'Skjermlås etter endret fra 1 minutter uten aktivitet til 5 minutter uten aktivitet. Krav om tofaktor for ledere og administratorer endret fra av til på.',
    )
    expect(targetText(changed, names)).toBe('Senteret')
  })

  it("names a record's changed fields by their questions, and the form it was changed through", () => {
    expect(auditSentence(event('record.updated', { fields: ['sex', 'age'] }, 'day_visit', 'r-1'), names)).toBe('Endret «Kjønn» og «Alder ved besøket».')
    expect(auditSentence(event('record.updated', { fields: [] }, 'day_visit', 'r-1'), names)).toBe('Ingen svar endret.')
    expect(auditSentence(event('record.updated', { fields: ['consent_to_statistics'], via: 'adult_stay' }, 'child_stay', 'r-2'), names)).toBe(
      'Endret «Samtykke til anonymisert statistikk (følger den voksnes svar)» via «Beboerskjema – opphold for voksen».',
    )
    expect(auditSentence(event('record.created', { consent: false }, 'day_visit', 'r-1'), names)).toBe('Uten samtykke.')
    expect(targetText(event('record.created', { consent: true }, 'day_visit', 'r-1'), names)).toBe('Dagbesøk')
  })

  it('names users by their user name and roles in words, never by id', () => {
    const roleChange = event('user.role_changed', { from: 'staff', to: 'leader' }, 'user', 'u-1')
    expect(auditSentence(roleChange, names)).toBe('Fra registrerer til leder.')
    expect(targetText(roleChange, names)).toBe('Bruker vakt1')
    expect(targetText(event('user.deactivated', null, 'user', 'u-9'), names)).toBe('Bruker (slettet)')
    expect(auditSentence(event('user.created', { role: 'admin' }, 'user', 'u-2'), names)).toBe('Med rollen administrator.')
  })

  it("uses the centre's own caller categories and the form's labels for the duty phone's lists", () => {
    expect(auditSentence(event('settings.option_added', { list: 'caller_type', key: 'local_kommunen' }, 'caller_type'), names)).toBe('«Kommunen» i «Hvem ringte».')
    expect(auditSentence(event('settings.option_changed', { list: 'caller_type', key: 'local_kommunen', fields: ['label', 'retired'] }, 'caller_type'), names)).toBe(
      '«Kommunen» i «Hvem ringte»: endret navnet og om den er i bruk.',
    )
    expect(auditSentence(event('outgoing_calls.counted', { recipient_type: 'local_kommunen', delta: -1 }, 'outgoing_calls'), names)).toBe('Trakk fra 1 samtale til kommunen.')
  })

  it('says exports, imports, locks and clean-ups in words', () => {
    expect(auditSentence(event('export.report', { year: 2025, format: 'csv', separator: 'semicolon' }, 'report', '2025'), names)).toBe(
      'Årsrapporten for 2025 som CSV med semikolon som skilletegn.',
    )
    expect(targetText(event('export.report', { year: 2025, format: 'xlsx' }, 'report', '2025'), names)).toBe('Årsrapporten 2025')
    expect(auditSentence(event('export.national', { year: 2025, kind: 'aggregate', format: 'json' }, 'national_export', '2025'), names)).toBe('Summene for 2025 som JSON.')
    expect(auditSentence(event('records.imported', { day_visit: 12, adult_stay: 3 }, 'import', 'f-1'), names)).toBe(
      '12 besøk i «Dagbesøk» og 3 opphold i «Beboerskjema – opphold for voksen».',
    )
    expect(auditSentence(event('year.locked', { year: 2024 }, 'year', '2024'), names)).toBe('Året 2024.')
    expect(auditSentence(event('retention.case_codes_removed', { codes: 4, records: 9, months: 24 }, 'case_code'), names)).toBe(
      '4 saksnummer fjernet fra 9 registreringer, ubrukt i 24 måneder.',
    )
    expect(auditSentence(event('settings.suppression_threshold_changed', { from: 4, to: 5 }, 'centre', 'c-1'), names)).toBe('Fra 4 til 5.')
  })

  it('adds nothing where there is nothing to say, and never shows a key for an action it does not know', () => {
    expect(auditSentence(event('auth.sign_in', null), names)).toBe('')
    expect(auditSentence(event('something.new', { secretKey: 'x' }), names)).toBe('')
  })
})
