import { defineForm } from '../define-form'
import { sexOptions } from '../value-sets'
import { caseCodeField, consentField, firstInYearField, offerField, priorContactFields } from './common-fields'

/** S0:44, stated where staff register so the rule is applied the same way every time. */
const QUALIFYING_RULE =
  'Registrer bare samtaler som tilsvarer en ordinær enesamtale på krisesenteret: strukturert og målrettet, med omtrent samme varighet som en fysisk enesamtale. Korte telefonsamtaler, f.eks. for å avlyse avtaler eller gi praktisk informasjon, skal ikke registreres her.'

/**
 * F6, data-dictionary §2.4: one record per one-to-one conversation by phone or video (since
 * 2020). Consent and case code work as for day visits. `qualifies_as_one_to_one` is a required
 * confirmation, not a question: a record cannot be saved unless staff confirm the S0:44 rule,
 * so every stored conversation counts. It is kept in a bare event too — it is always `true`,
 * says nothing about the person, and states what kind of event was counted (decision 1).
 */
export const phoneSessionForm = defineForm({
  key: 'phone_session',
  title: 'Enesamtale på telefon eller video',
  unit: { singular: 'samtale', plural: 'samtaler' },
  table: 'phone_sessions',
  dateField: 'session_date',
  consentField: 'consent_to_statistics',
  listFields: ['channel', 'reason_by_phone', 'sex'],
  firstInYearField: 'first_session_in_year',
  sections: [
    {
      key: 'registration',
      title: 'Registrering',
      description: QUALIFYING_RULE,
      fields: [
        consentField,
        offerField,
        { key: 'session_date', kind: 'date', label: 'Dato for samtalen', bare: true, required: true, source: 'S0:46; S2:15' },
        caseCodeField,
        {
          key: 'qualifies_as_one_to_one',
          kind: 'boolean',
          label: 'Samtalen var strukturert og målrettet, med samme varighet som en ordinær enesamtale',
          help: QUALIFYING_RULE,
          bare: true,
          required: true,
          source: 'S0:44',
          confirmation: {
            refusal: 'Bare strukturerte, målrettede samtaler av ordinær lengde registreres som enesamtale på telefon. Korte, praktiske samtaler registreres ikke.',
          },
        },
        firstInYearField('first_session_in_year', { label: 'Er dette brukerens første enesamtale på telefon/video i år?', source: 'S0:48' }, { required: true }),
      ],
    },
    {
      key: 'conversation',
      title: 'Om samtalen',
      fields: [
        {
          key: 'channel',
          kind: 'single',
          label: 'Samtalen ble holdt på',
          listLabel: 'Kanal',
          mark: 'inferred',
          source: 'S0:44',
          options: [
            { key: 'phone', label: 'Telefon' },
            { key: 'video', label: 'Video' },
          ],
        },
        {
          key: 'reason_by_phone',
          kind: 'single',
          label: 'Hvorfor ble samtalen holdt på telefon/video og ikke på senteret?',
          listLabel: 'Hvorfor ikke på senteret',
          source: 'S0:46',
          options: [
            { key: 'infection_control', label: 'Smittevern' },
            { key: 'distance', label: 'Avstand' },
            { key: 'other', label: 'Andre årsaker' },
          ],
        },
      ],
    },
    {
      key: 'person',
      title: 'Om brukeren',
      fields: [
        { key: 'sex', carryOver: true, kind: 'single', label: 'Kjønn', options: sexOptions, source: 'S0:48' },
        ...priorContactFields({
          label: 'Har brukeren vært i kontakt med et krisesenter før denne samtalen?',
          help: 'Gjelder dette eller et annet krisesenter, i år eller tidligere år. Flere kryss mulig.',
          source: 'S0:50',
        }),
      ],
    },
  ],
})

export type PhoneSessionForm = typeof phoneSessionForm
