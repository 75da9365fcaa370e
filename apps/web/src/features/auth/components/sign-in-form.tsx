import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { FormAlert } from '@/components/form/form-alert'
import { SubmitButton } from '@/components/form/submit-button'
import { TextField } from '@/components/form/text-field'
import { ApiError } from '@/lib/api-error'
import { showRequestError, submitUnlessPending } from '@/lib/forms'
import { SignInSchema, useSignIn } from '../api/sign-in'

/**
 * Signs in; the sign-in route sees the new session and sends the user on.
 * `notice` says why the user is here (an expired session) until they try again.
 * Step 2 ("Engangskode") appears when the server answers that the account uses two-factor
 * sign-in; name and password are kept and sent again with the code.
 */
export function SignInForm({ notice }: { notice?: string }) {
  const signIn = useSignIn()
  const [needsCode, setNeedsCode] = useState(false)
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    setValue,
    getValues,
    formState: { errors, isSubmitting, submitCount },
  } = useForm({ resolver: zodResolver(SignInSchema), defaultValues: { username: '', password: '', code: '' } })

  const onSubmit = handleSubmit(async (values) => {
    if (needsCode && !values.code) {
      setError('code', { type: 'required', message: 'Skriv engangskoden fra appen.' }, { shouldFocus: true })
      return
    }
    try {
      await signIn.mutateAsync(values)
    } catch (error) {
      if (error instanceof ApiError && error.code === 'totp_required') {
        setNeedsCode(true)
        // After the field is rendered.
        requestAnimationFrame(() => setFocus('code'))
      } else if (error instanceof ApiError && error.code === 'invalid_totp') {
        setValue('code', '')
        setError('code', { type: 'server', message: error.message }, { shouldFocus: true })
      } else {
        showRequestError(error, setError, ['username', 'password', 'code'])
      }
    }
  })

  return (
    <form noValidate onSubmit={submitUnlessPending(isSubmitting, onSubmit)} className="form">
      <FormAlert message={errors.root?.server?.message ?? (submitCount === 0 ? notice : undefined)} />
      <div hidden={needsCode}>
        <TextField
          label="Brukernavn"
          error={errors.username?.message}
          inputProps={{ ...register('username'), autoComplete: 'username', autoCapitalize: 'none', spellCheck: false }}
        />
        <TextField label="Passord" error={errors.password?.message} inputProps={{ ...register('password'), type: 'password', autoComplete: 'current-password' }} />
      </div>
      {needsCode ? (
        <>
          <p>
            Logger inn som <strong>{getValues('username')}</strong>. Skriv koden fra autentiseringsappen på telefonen din.
          </p>
          <TextField label="Engangskode" error={errors.code?.message} inputProps={{ ...register('code'), inputMode: 'numeric', autoComplete: 'one-time-code', maxLength: 6 }} />
        </>
      ) : null}
      <SubmitButton pending={isSubmitting}>Logg inn</SubmitButton>
      {needsCode ? (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            setNeedsCode(false)
            setValue('code', '')
            setValue('password', '')
          }}
        >
          Tilbake
        </button>
      ) : null}
    </form>
  )
}
