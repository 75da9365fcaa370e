import type { FieldDef } from '@ly/forms'
import { BooleanField } from './fields/boolean-field'
import { CaseCodeField } from './fields/case-code-field'
import { ConfirmationField } from './fields/confirmation-field'
import { DateField } from './fields/date-field'
import { FreeTextField } from './fields/free-text-field'
import { IntegerField } from './fields/integer-field'
import { MultiField } from './fields/multi-field'
import { SingleField } from './fields/single-field'

/** The control for one field of a definition, chosen by its kind. */
export function RecordField({ field, disabled }: { field: FieldDef; disabled: boolean }) {
  switch (field.kind) {
    case 'boolean':
      return field.confirmation ? <ConfirmationField field={field} disabled={disabled} /> : <BooleanField field={field} disabled={disabled} />
    case 'single':
      return <SingleField field={field} disabled={disabled} />
    case 'multi':
      return <MultiField field={field} disabled={disabled} />
    case 'integer':
      return <IntegerField field={field} disabled={disabled} />
    case 'date':
      return <DateField field={field} disabled={disabled} />
    case 'text':
      return <FreeTextField field={field} disabled={disabled} />
    case 'case_code':
      return <CaseCodeField field={field} disabled={disabled} />
  }
}
