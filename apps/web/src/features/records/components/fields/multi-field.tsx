import type { MultiField as MultiFieldDef } from '@ly/forms'
import { choiceOptions, toggleChoice } from '../../lib/options'
import { Choice } from './choice'
import { ChoiceGroup } from './choice-group'
import { useRecordField, type RecordFieldProps } from './use-record-field'

/** Several answers from a list: checkboxes. An exclusive option ("Ingen") clears the others. */
export function MultiField({ field, disabled }: RecordFieldProps<MultiFieldDef>) {
  const { context, inputRef, onChange, onBlur, list, error, id } = useRecordField(field)
  const options = choiceOptions(context.form, field, context.year, list, context.centreOptions?.[field.key])
  return (
    <ChoiceGroup id={id} label={field.label} help={field.help} required={field.required} error={error} disabled={disabled}>
      {options.map((option, index) => (
        <Choice
          key={option.key}
          type="checkbox"
          id={`${id}-${option.key}`}
          name={id}
          label={option.label}
          help={option.help}
          checked={list.includes(option.key)}
          invalid={error !== undefined}
          onChange={(checked) => onChange(toggleChoice(list, option.key, checked, options))}
          onBlur={onBlur}
          inputRef={index === 0 ? inputRef : undefined}
        />
      ))}
    </ChoiceGroup>
  )
}
