import '../totp.css'
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { ConfirmTotpEnrolmentSchema } from '@ly/forms/accounts'
import { FormAlert } from '@/components/form/form-alert'
import { SubmitButton } from '@/components/form/submit-button'
import { TextField } from '@/components/form/text-field'
import { errorText } from '@/lib/api-error'
import { showRequestError, submitUnlessPending } from '@/lib/forms'
import { useConfirmTotpEnrolment, useStartTotpEnrolment, type TotpEnrolment } from '../api/totp'

/** The secret in groups of four, as authenticator apps ask for it when typed by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret

function ConfirmForm({ enrolment }: { enrolment: TotpEnrolment }) {
  const confirm = useConfirmTotpEnrolment()
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(ConfirmTotpEnrolmentSchema), defaultValues: { code: '' } })
  const onSubmit = handleSubmit(async ({ code }) => {
    try {
      await confirm.mutateAsync(code)
    } catch (error) {
      showRequestError(error, setError, ['code'])
    }
  })
  return (
    <>
      <ol className="steps">
        <li>Åpne autentiseringsappen på telefonen din (for eksempel Microsoft Authenticator eller Google Authenticator).</li>
        <li>
          Skann QR-koden, eller skriv inn nøkkelen for hånd.
          <div className="totp-secret">
            <img src={enrolment.qrCode} alt="QR-kode som legger Ly til i autentiseringsappen" width={200} height={200} />
            <p>
              Nøkkel: <code>{grouped(enrolment.secret)}</code>
            </p>
          </div>
          <p className="muted">Nøkkelen vises bare nå. Ikke ta bilde av den eller skriv den ned.</p>
        </li>
        <li>Skriv koden appen viser, for å bekrefte.</li>
      </ol>
      <form noValidate onSubmit={submitUnlessPending(isSubmitting, onSubmit)} className="form">
        <FormAlert message={errors.root?.server?.message} />
        <TextField label="Kode fra appen" error={errors.code?.message} inputProps={{ ...register('code'), inputMode: 'numeric', autoComplete: 'one-time-code', maxLength: 6 }} />
        <SubmitButton pending={isSubmitting}>Bekreft og slå på</SubmitButton>
      </form>
    </>
  )
}

/** Starts enrolment on request (each start makes a new secret) and confirms it with a code. */
export function TotpEnrolmentPanel() {
  const start = useStartTotpEnrolment()
  if (start.data) return <ConfirmForm enrolment={start.data} />
  return (
    <>
      <FormAlert message={start.error ? errorText(start.error) : null} />
      <button type="button" className="button button-primary" aria-disabled={start.isPending || undefined} onClick={() => !start.isPending && start.mutate()}>
        Sett opp tofaktor-innlogging
      </button>
    </>
  )
}
