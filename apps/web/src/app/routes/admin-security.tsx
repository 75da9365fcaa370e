import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { PageHeading } from '@/components/page-heading'
import { useSecuritySettings } from '@/features/security-settings/api/security-settings'
import { SecuritySettingsForm } from '@/features/security-settings/components/security-settings-form'
import { errorText } from '@/lib/api-error'

export function AdminSecurityRoute() {
  const settings = useSecuritySettings()
  return (
    <div className="narrow">
      <PageHeading>Sikkerhet</PageHeading>
      {settings.isPending ? <LoadingStatus /> : null}
      {settings.isError ? <FormAlert message={errorText(settings.error)} /> : null}
      {settings.data ? <SecuritySettingsForm settings={settings.data} /> : null}
    </div>
  )
}
