import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { passwordField } from '@ly/forms/accounts'
import { z } from 'zod'
import { FormAlert } from '@/components/form/form-alert'
import { SubmitButton } from '@/components/form/submit-button'
import { TextField } from '@/components/form/text-field'
import { PageHeading } from '@/components/page-heading'
import { useCurrentSession } from '@/features/auth/api/get-session'
import { SignOutButton } from '@/features/auth/components/sign-out-button'
import { showRequestError, submitUnlessPending } from '@/lib/forms'
import { useUnlockScreen } from '../api/lock-screen'

const UnlockSchema = z.object({ password: passwordField })

/**
 * The page a locked screen shows instead of everything else: whose session it is, the password
 * field and a way out. Nothing of the registrations is rendered or cached behind it.
 */
export function LockScreen() {
  const { user } = useCurrentSession()
  const unlock = useUnlockScreen()
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(UnlockSchema), defaultValues: { password: '' } })

  const onSubmit = handleSubmit(async ({ password }) => {
    try {
      await unlock.mutateAsync(password)
    } catch (error) {
      showRequestError(error, setError, ['password'])
    }
  })

  return (
    <main id="hovedinnhold" className="auth-page">
      <div className="auth-card">
        <p className="brand brand-large">Ly</p>
        <PageHeading>Skjermen er låst</PageHeading>
        <p>
          Logget inn som <strong>{user.username}</strong>. Skriv passordet ditt for å fortsette.
        </p>
        <form noValidate onSubmit={submitUnlessPending(isSubmitting, onSubmit)} className="form">
          <FormAlert message={errors.root?.server?.message} />
          <TextField
            label="Passord"
            error={errors.password?.message}
            inputProps={{ ...register('password'), type: 'password', autoComplete: 'current-password', autoFocus: true }}
          />
          <SubmitButton pending={isSubmitting}>Lås opp</SubmitButton>
        </form>
        <p className="lock-screen-other">
          Ikke deg? <SignOutButton />
        </p>
      </div>
    </main>
  )
}
