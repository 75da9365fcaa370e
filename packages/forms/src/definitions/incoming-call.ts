import { defineForm } from '../define-form'
import { offerField } from './common-fields'

/**
 * Sarpsborg's caller categories (Figur 1 "Telefoner inn 2016", S1:69-100): the defaults every
 * centre starts with. A centre renames, adds and retires its own (data-dictionary §7.3 Q33)
 * through its settings; the keys here never change.
 */
export const callerTypeOptions = [
  { key: 'woman_private', label: 'Kvinne (privatperson)', source: 'S1:69-70' },
  { key: 'man_private', label: 'Mann (privatperson)', source: 'S1:69-70' },
  { key: 'child_welfare', label: 'Barnevernet', source: 'S1:77' },
  { key: 'police', label: 'Politiet', source: 'S1:79' },
  { key: 'nav', label: 'NAV', source: 'S1:79' },
  { key: 'other_crisis_centre', label: 'Andre krisesentre', source: 'S1:84' },
  { key: 'health_services', label: 'Helsevesenet', help: 'Fastleger, legevakt, sykehus, helsestasjoner m.fl.', source: 'S1:85-87' },
  {
    key: 'other_agencies_orgs',
    label: 'Andre instanser og organisasjoner',
    help: 'Stort sett andre kommunale instanser, samt konfliktråd, familievernkontor m.fl.',
    source: 'S1:88-94',
  },
  { key: 'lawyer', label: 'Advokat', source: 'S1:94-95' },
] as const

const inScope = { field: 'in_scope', equals: true } as const

/**
 * F7, data-dictionary §2.5: Sarpsborg's log of incoming calls on the duty phone, one record per
 * call. It holds no personal answers, so it has no consent question, no case code and no free
 * text at all (nothing typed could identify a caller). The first section is what quick entry
 * sends for every call; the details are optional and never slow the common case down.
 * Decision 9 puts every record in an offer: quick entry keeps the offer as a screen setting.
 */
export const incomingCallForm = defineForm({
  key: 'incoming_call',
  title: 'Vakttelefonen: innkomne samtaler',
  unit: { singular: 'anrop', plural: 'anrop' },
  table: 'incoming_calls',
  dateField: 'call_date',
  // The caller first: many calls share a date, and the caller tells them apart.
  listFields: ['caller_type', 'in_scope', 'is_crisis_call', 'call_reason'],
  sections: [
    {
      key: 'call',
      title: 'Samtalen',
      description:
        'Registrer hver innkommende samtale på vakttelefonen. Bare samtaler som gjelder vold i nære relasjoner eller krisesentertjenester telles; administrative henvendelser registreres med «nei». Skriv aldri noe som kan identifisere den som ringer.',
      source: 'S1:49-60',
      fields: [
        offerField,
        { key: 'call_date', kind: 'date', label: 'Dato', bare: true, required: true, source: 'S1:142-163' },
        {
          key: 'in_scope',
          kind: 'boolean',
          label: 'Gjelder samtalen vold i nære relasjoner eller krisesentertjenester?',
          listLabel: 'Gjelder vold/krisesenter',
          help: 'Nei for administrative henvendelser. De vises i loggen, men telles ikke i statistikken.',
          required: true,
          source: 'S1:49-50, 59-60',
        },
        {
          key: 'caller_type',
          kind: 'single',
          label: 'Hvem ringte?',
          listLabel: 'Hvem ringte',
          required: true,
          control: 'select',
          centreOptions: 'caller_categories',
          options: callerTypeOptions,
          source: 'S1:69-100',
          showIf: inScope,
        },
      ],
    },
    {
      key: 'details',
      title: 'Detaljer (valgfritt)',
      fields: [
        {
          key: 'is_crisis_call',
          kind: 'boolean',
          label: 'Krisetelefon?',
          listLabel: 'Krisetelefon',
          // S1 never defines it (§7.3 Q29); this working definition is Ly's.
          help: 'Ja når den som ringer er i en akutt krise eller fare og trenger hjelp med en gang.',
          mark: 'inferred',
          source: 'S1:59-65',
          showIf: inScope,
        },
        {
          key: 'on_behalf_of_self',
          kind: 'boolean',
          label: 'Ringte personen på vegne av seg selv?',
          help: 'Nei når en privatperson ringer for en annen, f.eks. for et familiemedlem.',
          mark: 'inferred',
          source: 'S1:69-71',
          // Asked of private callers only (§7.3 Q30): services always call about someone else.
          showIf: {
            all: [
              inScope,
              {
                any: [
                  { field: 'caller_type', equals: 'woman_private' },
                  { field: 'caller_type', equals: 'man_private' },
                ],
              },
            ],
          },
        },
        {
          key: 'call_reason',
          kind: 'single',
          label: 'Hva gjaldt samtalen først og fremst?',
          listLabel: 'Årsak',
          // One coding (§7.3 Q31): the themes are "ofte sammenblandet", so staff pick the main one.
          help: 'Temaene er ofte sammenblandet. Velg det viktigste.',
          source: 'S1:115-136',
          options: [
            { key: 'violence', label: 'Samtale konkret om vold' },
            { key: 'guidance', label: 'Veiledning og rådgivning til brukere og hjelpeapparat' },
            { key: 'case_follow_up', label: 'Oppfølging av brukersaker med hjelpeapparat og koordinering med bruker' },
          ],
          showIf: inScope,
        },
        {
          key: 'minority_language_background',
          kind: 'boolean',
          label: 'Gjaldt samtalen en person med minoritetsspråklig bakgrunn?',
          source: 'S1:105-109',
          showIf: inScope,
        },
      ],
    },
  ],
})

export type IncomingCallForm = typeof incomingCallForm
