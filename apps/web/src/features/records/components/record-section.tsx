import { memo } from 'react'
import type { SectionDef } from '@ly/forms'
import { sectionElementId } from '../lib/field-ids'
import { ConsentNotice } from './consent-notice'
import { FieldProposalBox } from './field-proposal'
import { RecordField } from './record-field'
import { useRecordForm } from './record-form-context'

/**
 * One section of a definition: a fieldset with its title as legend, the fields on screen in
 * definition order (none without consent but the bare event's, so a section may vanish).
 * Memoised: typing in one field re-renders that field, not every section.
 */
export const RecordSection = memo(function RecordSection({ section }: { section: SectionDef }) {
  const { form, onScreen, consentRefused, idPrefix, locked, lockedNote, proposals } = useRecordForm()
  const fields = section.fields.filter((field) => onScreen.has(field.key))
  if (fields.length === 0) return null
  const descriptionId = `${idPrefix}-${section.key}-beskrivelse`
  return (
    <fieldset id={sectionElementId(idPrefix, section.key)} className="record-section" aria-describedby={section.description ? descriptionId : undefined}>
      <legend>{section.title}</legend>
      {section.description ? (
        <p id={descriptionId} className="field-description">
          {section.description}
        </p>
      ) : null}
      {fields.map((field) => {
        const proposal = proposals?.[field.key]
        return (
          <div key={field.key} className="record-field">
            <RecordField field={field} disabled={locked.has(field.key)} />
            {locked.has(field.key) && lockedNote ? <p className="field-description locked-note">{lockedNote}</p> : null}
            {field.key === form.consentField ? <ConsentNotice refused={consentRefused} /> : null}
            {proposal ? <FieldProposalBox field={field} proposal={proposal} /> : null}
          </div>
        )
      })}
    </fieldset>
  )
})
