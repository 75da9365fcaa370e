import { useState } from 'react'
import { TextField } from '@/components/form/text-field'
import { SubmitButton } from '@/components/form/submit-button'
import { errorText } from '@/lib/api-error'
import { useSaveSuppressionSetting, useSuppressionSetting, type SuppressionSetting } from '../api/suppression-setting'

function ThresholdForm({ setting }: { setting: SuppressionSetting }) {
  const [value, setValue] = useState(String(setting.threshold))
  const save = useSaveSuppressionSetting()
  const fieldError = save.error && errorText(save.error)
  return (
    <form
      className="threshold-setting"
      onSubmit={(event) => {
        event.preventDefault()
        if (!save.isPending) save.mutate({ threshold: Number(value), version: setting.version })
      }}
    >
      <TextField
        label="Grense for små tall"
        description={`Tall fra 1 til grensen skjules i alt som deles (standard 4, fra ${setting.min} til ${setting.max}).`}
        error={fieldError ?? undefined}
        inputProps={{ type: 'number', inputMode: 'numeric', min: setting.min, max: setting.max, value, onChange: (e) => setValue(e.target.value) }}
      />
      <SubmitButton pending={save.isPending}>Lagre grensen</SubmitButton>
      <p role="status">{save.isSuccess ? `Grensen er ${setting.threshold}.` : ''}</p>
    </form>
  )
}

/** Decision 8's threshold, a setting for administrators (leaders see it in the banner). */
export function ThresholdSetting() {
  const setting = useSuppressionSetting()
  if (!setting.data) return null
  return <ThresholdForm setting={setting.data} />
}
