import { incomingCallForm, isFieldActive, type BooleanField, type FieldDef, type RecordValues, type SingleField } from '@ly/forms'

// The optional questions come from the definition's "details" section, never a list of our own.
const detailFields = ((incomingCallForm.sections.find((s) => s.key === 'details')?.fields ?? []) as readonly FieldDef[]).filter(
  (f): f is BooleanField | SingleField => f.kind === 'boolean' || f.kind === 'single',
)

type Answer = boolean | string | null

const choicesOf = (field: BooleanField | SingleField): { value: Answer; label: string }[] => [
  ...(field.kind === 'boolean'
    ? [
        { value: true, label: 'Ja' },
        { value: false, label: 'Nei' },
      ]
    : field.options.map((o) => ({ value: o.key, label: o.label }))),
  { value: null, label: 'Ikke oppgitt' },
]

interface LastCallDetailsProps {
  callId: string
  values: RecordValues
  summary: string
  onChange: (values: RecordValues) => void
}

/**
 * The optional details of the call just registered. Each choice is saved at once, so nothing
 * waits for a button; digits keep registering new calls while focus is on these choices.
 */
export function LastCallDetails({ callId, values, summary, onChange }: LastCallDetailsProps) {
  const shown = detailFields.filter((f) => isFieldActive(incomingCallForm, f, values))
  return (
    <section aria-labelledby="detaljer" className="panel">
      <h2 id="detaljer">Detaljer om siste samtale (valgfritt)</h2>
      <p className="field-description">{summary}</p>
      {shown.length === 0 ? <p>Administrative henvendelser har ingen detaljer.</p> : null}
      {shown.map((field) => {
        const helpId = `${callId}-${field.key}-hjelp`
        return (
          <fieldset key={field.key} className="field duty-detail" aria-describedby={field.help ? helpId : undefined}>
            <legend>{field.label}</legend>
            {field.help ? (
              <p id={helpId} className="field-description">
                {field.help}
              </p>
            ) : null}
            <div className="duty-detail-choices">
              {choicesOf(field).map((choice) => {
                const id = `${callId}-${field.key}-${String(choice.value)}`
                return (
                  <div key={id} className="duty-choice">
                    <input
                      type="radio"
                      id={id}
                      name={`${callId}-${field.key}`}
                      checked={(values[field.key] ?? null) === choice.value}
                      onChange={() => onChange({ ...values, [field.key]: choice.value })}
                    />
                    <label htmlFor={id}>{choice.label}</label>
                  </div>
                )
              })}
            </div>
          </fieldset>
        )
      })}
    </section>
  )
}
