import { zodResolver } from '@hookform/resolvers/zod'
import { useId } from 'react'
import { useForm } from 'react-hook-form'
import { FormAlert } from '@/components/form/form-alert'
import { SelectField } from '@/components/form/select-field'
import { SubmitButton } from '@/components/form/submit-button'
import { TextField } from '@/components/form/text-field'
import { showRequestError, submitUnlessPending } from '@/lib/forms'
import { CreateUserSchema, roleLabels, roles, type CreateUserInput } from '@ly/forms/accounts'
import { useCreateUser } from '../api/create-user'
import type { IssuedPassword } from './issued-password'

const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }))

export function CreateUserForm({ onCreated }: { onCreated: (issued: IssuedPassword) => void }) {
  const headingId = useId()
  const createUser = useCreateUser()
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateUserInput, unknown, CreateUserInput>({
    // The BFF's own schema: the same rules and messages on both sides; only the server knows a taken name.
    resolver: zodResolver(CreateUserSchema),
    defaultValues: { username: '', role: 'staff' },
  })

  const onSubmit = handleSubmit(async (values) => {
    try {
      const { user, temporaryPassword } = await createUser.mutateAsync(values)
      reset()
      onCreated({ username: user.username, password: temporaryPassword })
    } catch (error) {
      showRequestError(error, setError, ['username', 'role'])
    }
  })

  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>Ny bruker</h2>
      <form noValidate onSubmit={submitUnlessPending(isSubmitting, onSubmit)} className="form">
        <FormAlert message={errors.root?.server?.message} />
        <TextField
          label="Brukernavn"
          description="3–40 tegn: a–z, tall, punktum, bindestrek eller understrek, for eksempel vakt3."
          error={errors.username?.message}
          inputProps={{ ...register('username'), autoComplete: 'off', autoCapitalize: 'none', spellCheck: false }}
        />
        <SelectField label="Rolle" options={roleOptions} error={errors.role?.message} selectProps={register('role')} />
        <SubmitButton pending={isSubmitting}>Opprett bruker</SubmitButton>
      </form>
    </section>
  )
}
