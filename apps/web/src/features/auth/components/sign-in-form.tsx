import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { FormAlert } from '@/components/form/form-alert'
import { SubmitButton } from '@/components/form/submit-button'
import { TextField } from '@/components/form/text-field'
import { showRequestError, submitUnlessPending } from '@/lib/forms'
import { SignInSchema, useSignIn } from '../api/sign-in'

/**
 * Signs in; the sign-in route sees the new session and sends the user on.
 * `notice` says why the user is here (an expired session) until they try again.
 */
export function SignInForm({ notice }: { notice?: string }) {
  const signIn = useSignIn()
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({ resolver: zodResolver(SignInSchema), defaultValues: { username: '', password: '' } })

  const onSubmit = handleSubmit(async (values) => {
    try {
      await signIn.mutateAsync(values)
    } catch (error) {
      showRequestError(error, setError, ['username', 'password'])
    }
  })

  return (
    <form noValidate onSubmit={submitUnlessPending(isSubmitting, onSubmit)} className="form">
      <FormAlert message={errors.root?.server?.message ?? (submitCount === 0 ? notice : undefined)} />
      <TextField
        label="Brukernavn"
        error={errors.username?.message}
        inputProps={{ ...register('username'), autoComplete: 'username', autoCapitalize: 'none', spellCheck: false }}
      />
      <TextField
        label="Passord"
        error={errors.password?.message}
        inputProps={{ ...register('password'), type: 'password', autoComplete: 'current-password' }}
      />
      <SubmitButton pending={isSubmitting}>Logg inn</SubmitButton>
    </form>
  )
}
