import { useState } from 'react'
import type { SingleField as SingleFieldDef } from '@ly/forms'
import { choiceOptions, rendersAsSelect } from '../../lib/options'
import { Choice } from './choice'
import { ChoiceGroup } from './choice-group'
import { SelectChoice } from './select-choice'
import { useRecordField, type RecordFieldProps } from './use-record-field'

/** One answer from a list: radio buttons, or a select for long lists. */
export function SingleField({ field, disabled }: RecordFieldProps<SingleFieldDef>) {
  const state = useRecordField(field)
  const { context, inputRef, onChange, onBlur, text, error, id } = state
  // A retired option is offered only to a record that already held it when the form opened,
  // so changing away from it and back is possible, but no new record can pick it.
  const [opened] = useState(text)
  const chosen = [opened, text].filter((key) => key !== '')
  const options = choiceOptions(context.form, field, context.year, chosen, context.centreOptions?.[field.key])
  if (rendersAsSelect(field, options.length)) {
    return <SelectChoice field={field} options={options} disabled={disabled} state={state} />
  }
  // Radio buttons cannot be unticked, so an optional answer gets a way back to "not answered".
  const clear =
    text && !field.required && !disabled ? (
      <button type="button" className="button button-small button-link" onClick={() => onChange('')}>
        Fjern valget<span className="visually-hidden"> for «{field.label}»</span>
      </button>
    ) : null
  return (
    <ChoiceGroup id={id} label={field.label} help={field.help} required={field.required} error={error} disabled={disabled} role="radiogroup" after={clear}>
      {options.map((option, index) => (
        <Choice
          key={option.key}
          type="radio"
          id={`${id}-${option.key}`}
          name={id}
          label={option.label}
          help={option.help}
          checked={text === option.key}
          onChange={() => onChange(option.key)}
          onBlur={onBlur}
          inputRef={index === 0 ? inputRef : undefined}
        />
      ))}
    </ChoiceGroup>
  )
}
