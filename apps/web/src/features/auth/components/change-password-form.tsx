import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { FormAlert } from '@/components/form/form-alert'
import { SubmitButton } from '@/components/form/submit-button'
import { TextField } from '@/components/form/text-field'
import { showRequestError, submitUnlessPending } from '@/lib/forms'
import { MIN_PASSWORD_LENGTH, ChangePasswordSchema, useChangePassword } from '../api/change-password'

export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const changePassword = useChangePassword()
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(ChangePasswordSchema),
    defaultValues: { currentPassword: '', newPassword: '', repeatPassword: '' },
  })

  const onSubmit = handleSubmit(async (values) => {
    try {
      await changePassword.mutateAsync(values)
      onChanged()
    } catch (error) {
      showRequestError(error, setError, ['currentPassword', 'newPassword'])
    }
  })

  return (
    <form noValidate onSubmit={submitUnlessPending(isSubmitting, onSubmit)} className="form">
      <FormAlert message={errors.root?.server?.message} />
      <TextField
        label="Nåværende passord"
        error={errors.currentPassword?.message}
        inputProps={{ ...register('currentPassword'), type: 'password', autoComplete: 'current-password' }}
      />
      <TextField
        label="Nytt passord"
        description={`Minst ${MIN_PASSWORD_LENGTH} tegn. En setning av flere ord er lett å huske og vanskelig å gjette.`}
        error={errors.newPassword?.message}
        inputProps={{ ...register('newPassword'), type: 'password', autoComplete: 'new-password' }}
      />
      <TextField
        label="Gjenta nytt passord"
        error={errors.repeatPassword?.message}
        inputProps={{ ...register('repeatPassword'), type: 'password', autoComplete: 'new-password' }}
      />
      <SubmitButton pending={isSubmitting}>Bytt passord</SubmitButton>
    </form>
  )
}
