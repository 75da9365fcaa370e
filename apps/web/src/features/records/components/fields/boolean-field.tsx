import type { BooleanField as BooleanFieldDef } from '@ly/forms'
import { offersUnknown, UNKNOWN } from '../../lib/draft'
import { Choice } from './choice'
import { ChoiceGroup } from './choice-group'
import { useRecordField, type RecordFieldProps } from './use-record-field'

/** A yes/no question: radio buttons Ja / Nei / Vet ikke ("Vet ikke" is stored as null). */
export function BooleanField({ field, disabled }: RecordFieldProps<BooleanFieldDef>) {
  const { inputRef, onChange, onBlur, text, error, id } = useRecordField(field)
  const answers = [{ value: 'true', label: 'Ja' }, { value: 'false', label: 'Nei' }, ...(offersUnknown(field) ? [{ value: UNKNOWN, label: 'Vet ikke' }] : [])]
  return (
    <ChoiceGroup id={id} label={field.label} help={field.help} required={field.required} error={error} disabled={disabled} role="radiogroup">
      {answers.map((answer, index) => (
        <Choice
          key={answer.value}
          type="radio"
          id={`${id}-${answer.value}`}
          name={id}
          label={answer.label}
          checked={text === answer.value}
          onChange={() => onChange(answer.value)}
          onBlur={onBlur}
          inputRef={index === 0 ? inputRef : undefined}
        />
      ))}
    </ChoiceGroup>
  )
}
