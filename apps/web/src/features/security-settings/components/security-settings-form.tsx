import '../security-settings.css'
import { useId, useState } from 'react'
import { useForm } from 'react-hook-form'
import { FormAlert } from '@/components/form/form-alert'
import { SubmitButton } from '@/components/form/submit-button'
import { TextField } from '@/components/form/text-field'
import { showRequestError, submitUnlessPending } from '@/lib/forms'
import { useSaveSecuritySettings, type SecuritySettings } from '../api/security-settings'

interface Values {
  requireTotp: boolean
  idleLockMinutes: string
  retentionMonths: string
}

/** The server checks the ranges (limits come from it); the form only turns text into numbers. */
export function SecuritySettingsForm({ settings }: { settings: SecuritySettings }) {
  const save = useSaveSecuritySettings()
  const checkboxId = useId()
  const [saved, setSaved] = useState(false)
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { requireTotp: settings.requireTotp, idleLockMinutes: String(settings.idleLockMinutes), retentionMonths: String(settings.retentionMonths) },
  })
  const { limits } = settings

  const onSubmit = handleSubmit(async (values) => {
    setSaved(false)
    try {
      await save.mutateAsync({
        requireTotp: values.requireTotp,
        idleLockMinutes: Number(values.idleLockMinutes),
        retentionMonths: Number(values.retentionMonths),
        version: settings.version,
      })
      setSaved(true)
    } catch (error) {
      showRequestError(error, setError, ['requireTotp', 'idleLockMinutes', 'retentionMonths'])
    }
  })

  return (
    <form noValidate onSubmit={submitUnlessPending(isSubmitting, onSubmit)} className="form">
      <FormAlert message={errors.root?.server?.message} />
      {saved ? (
        <p role="status" className="alert alert-success">
          Innstillingene er lagret.
        </p>
      ) : null}
      <div className="field field-checkbox">
        <input id={checkboxId} type="checkbox" {...register('requireTotp')} aria-describedby={`${checkboxId}-beskrivelse`} />
        <label htmlFor={checkboxId}>Krev tofaktor for ledere og administratorer</label>
        <p id={`${checkboxId}-beskrivelse`} className="field-description">
          De som ikke har satt det opp, må gjøre det ved neste innlogging før de kommer videre.
        </p>
      </div>
      <TextField
        label="Lås skjermen etter (minutter uten aktivitet)"
        description={
          limits.idleLockMinutes.max < limits.idleLockMinutes.min + 1
            ? `Høyst ${limits.idleLockMinutes.max} minutt: økten på serveren slutter allerede etter ${limits.sessionIdleMinutes} minutt uten aktivitet, så skjermen kan ikke låses senere enn det.`
            : `Mellom ${limits.idleLockMinutes.min} og ${limits.idleLockMinutes.max} minutter. Skjermen må låses før økten på serveren slutter, etter ${limits.sessionIdleMinutes} minutter uten aktivitet.`
        }
        error={errors.idleLockMinutes?.message}
        inputProps={{ ...register('idleLockMinutes'), inputMode: 'numeric' }}
      />
      <TextField
        label="Fjern ubrukte saksnummer etter (måneder)"
        description={`Mellom ${limits.retentionMonths.min} og ${limits.retentionMonths.max} måneder. Statistikken blir den samme; bare koblingen mellom besøk forsvinner.`}
        error={errors.retentionMonths?.message}
        inputProps={{ ...register('retentionMonths'), inputMode: 'numeric' }}
      />
      <SubmitButton pending={isSubmitting}>Lagre</SubmitButton>
    </form>
  )
}
