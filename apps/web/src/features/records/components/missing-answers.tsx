import { missingAnswers } from '@ly/forms'
import { useWatch } from 'react-hook-form'
import { draftToRecord, type Draft } from '../lib/draft'
import { fieldElementId, focusField } from '../lib/field-ids'
import { useRecordForm } from './record-form-context'

interface MissingAnswersProps {
  /** The heading level where the list sits in the page's outline. */
  level?: 2 | 3
}

/**
 * The answers a complete record still needs (`requiredAtCheckOut`), worked out from what is on
 * screen by the same rule the BFF reports (`missingAnswers`): a stay's check-out questions count
 * once it has an end date, a bare event misses nothing. Render it inside a RecordForm (its
 * `notice`); an answer the form shows links to its field.
 */
export function MissingAnswers({ level = 2 }: MissingAnswersProps) {
  const { form, control, visible, idPrefix } = useRecordForm()
  const missing = missingAnswers(form, draftToRecord(form, useWatch({ control }) as Draft))
  const Heading = level === 2 ? 'h2' : 'h3'
  const headingId = `${idPrefix}-mangler`
  return (
    <section aria-labelledby={headingId} className="missing-answers">
      <Heading id={headingId}>Mangler</Heading>
      {missing.length === 0 ? (
        <p>Ingen svar mangler.</p>
      ) : (
        <>
          <p>Disse svarene trengs før registreringen er fullstendig:</p>
          <ul>
            {missing.map(({ key, label }) => (
              <li key={key}>
                {visible.has(key) ? (
                  <a
                    href={`#${fieldElementId(idPrefix, key)}`}
                    onClick={(event) => {
                      // As in the error summary: focus the field; the router would take the hash for a route.
                      event.preventDefault()
                      focusField(fieldElementId(idPrefix, key))
                    }}
                  >
                    {label}
                  </a>
                ) : (
                  label
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
