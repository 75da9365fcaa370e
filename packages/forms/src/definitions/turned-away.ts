import { defineForm, type OptionDef } from '../define-form'
import { offerField } from './common-fields'

/**
 * Who asked for the place (issue 22). The service categories follow the caller categories of the
 * duty phone (S1:69-100) at the coarser grain a request for a place needs.
 */
export const turnedAwayRequesterOptions = [
  { key: 'person', label: 'Personen selv' },
  { key: 'police', label: 'Politiet' },
  { key: 'child_welfare', label: 'Barnevernet' },
  { key: 'health_service', label: 'Helsetjenesten' },
  { key: 'other_service', label: 'Annen tjeneste' },
  { key: 'other', label: 'Andre' },
] as const satisfies readonly OptionDef[]

/**
 * Why the centre could not offer a place. Only reasons that describe the centre's situation are
 * kept (decision 0028): capacity is the main one (S3:179-186, 1685-1689); the target group and
 * «needs another service first» follow S3:184-186. Reasons that would describe the person
 * (substance use, mental illness, residence status, behaviour) are deliberately not on the list.
 */
export const turnedAwayReasonOptions = [
  { key: 'house_full', label: 'Botilbudet var fullt', source: 'S3:179-186, 1685-1689' },
  { key: 'outside_target_group', label: 'Utenfor målgruppen for tilbudet', mark: 'inferred', source: 'S3:184-186' },
  { key: 'needs_other_service_first', label: 'Trenger en annen tjeneste først', mark: 'inferred', source: 'S3:184-186' },
] as const satisfies readonly OptionDef[]

/** What the centre did instead (S3:1701-1706, 1786-1794: «Hva gjøres når botilbudet er fullt?»). */
export const turnedAwayActionOptions = [
  { key: 'referred_other_centre', label: 'Henvist til et annet krisesenter', source: 'S3:1705-1706, 1787-1790' },
  { key: 'extra_bed', label: 'Tok i bruk en ekstra seng/plass', source: 'S3:1703, 1789' },
  { key: 'municipal_emergency_housing', label: 'Kommunal akuttbolig', mark: 'inferred' },
  { key: 'other_help', label: 'Annen hjelp' },
  { key: 'nothing', label: 'Ingenting', exclusive: true },
] as const satisfies readonly OptionDef[]

/** The centres a request is referred to: each centre keeps its own list in its settings. */
export const referralCentreOptions = [{ key: 'unlisted_centre', label: 'Et krisesenter som ikke står på listen' }] as const satisfies readonly OptionDef[]

export const turnedAwayChildrenOptions = [
  { key: '0', label: 'Ingen' },
  { key: '1', label: '1' },
  { key: '2', label: '2' },
  { key: '3', label: '3' },
  { key: '4_or_more', label: '4 eller flere' },
] as const satisfies readonly OptionDef[]

/**
 * «Avvist henvendelse» (issue 22): a request for a place that the centre could not meet. It
 * describes the centre's answer, not the person — no consent question, no case code, no free
 * text, nothing a neighbour could recognise (decision 0028) — so it counts what no register
 * counts: how often people are turned away, and why (S3:1682-1683).
 */
export const turnedAwayForm = defineForm({
  key: 'turned_away',
  title: 'Avviste henvendelser',
  unit: { singular: 'henvendelse', plural: 'henvendelser' },
  table: 'turned_away_requests',
  dateField: 'request_date',
  listFields: ['requester', 'reason', 'children_count'],
  sections: [
    {
      key: 'request',
      title: 'Henvendelsen',
      description:
        'Registrer hver gang senteret ikke kunne gi et botilbud til noen som ba om det. Skjemaet beskriver hva senteret kunne og gjorde, ikke personen. Skriv aldri noe som kan identifisere den som henvendte seg.',
      fields: [
        offerField,
        { key: 'request_date', kind: 'date', label: 'Dato', bare: true, required: true },
        { key: 'requester', kind: 'single', label: 'Hvem henvendte seg?', listLabel: 'Hvem', required: true, options: turnedAwayRequesterOptions },
        { key: 'reason', kind: 'single', label: 'Hvorfor kunne senteret ikke gi et tilbud?', listLabel: 'Årsak', required: true, options: turnedAwayReasonOptions },
        {
          key: 'action_taken',
          kind: 'multi',
          label: 'Hva ble gjort?',
          help: 'Kryss av for alt som ble gjort.',
          required: true,
          options: turnedAwayActionOptions,
        },
        {
          key: 'referred_to_centre',
          kind: 'single',
          label: 'Hvilket krisesenter ble personen henvist til?',
          control: 'select',
          centreOptions: 'referral_centres',
          options: referralCentreOptions,
          showIf: { field: 'action_taken', includesAny: ['referred_other_centre'] },
        },
        {
          key: 'children_count',
          kind: 'single',
          label: 'Hvor mange barn ville ha kommet med?',
          listLabel: 'Barn',
          required: true,
          options: turnedAwayChildrenOptions,
        },
      ],
    },
  ],
})

export type TurnedAwayForm = typeof turnedAwayForm
