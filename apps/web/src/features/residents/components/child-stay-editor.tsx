import { childStayForm } from '@ly/forms'
import { Link } from 'react-router'
import { useRecordEditing } from '@/features/records/api/use-record-editing'
import { MissingAnswers } from '@/features/records/components/missing-answers'
import { RecordEditor } from '@/features/records/components/record-editor'
import { childStayEndpoints, type ChildStay } from '../api/child-stay-endpoints'
import { childStayNouns, INHERITED_NOTE, STAY_RELOADED } from '../lib/labels'
import { savedMessage } from '../lib/messages'
import { factsOf } from '../lib/stay-facts'
import { childCheckOutHref, stayHref } from '../lib/stay-links'
import { StaySummary } from './stay-summary'
import '../residents.css'

/**
 * A child's stay (RecordEditor): its whole form; consent and offer shown as the adult's, not
 * editable here. The consent is withdrawn on the adult's stay (decision 1), which erases the
 * children's answers too; deleting the child's stay alone is confirmed here.
 */
export function ChildStayEditor({ initial, adultId }: { initial: ChildStay; adultId: string }) {
  const editing = useRecordEditing(childStayEndpoints, initial.id)
  return (
    <RecordEditor
      form={childStayForm}
      initial={initial}
      nouns={childStayNouns}
      heading={(_, date) => `Barnets opphold ${date}`}
      listHref={() => stayHref(adultId)}
      backLabel="Tilbake til oppholdet"
      {...editing}
      intro={(child) => <StaySummary stay={child} adultHref={stayHref(adultId)} checkOutHref={childCheckOutHref(adultId, child.id)} />}
      inherited={(child) => ({ values: { consent_to_statistics: child.values.consent_to_statistics, offer: child.values.offer }, note: INHERITED_NOTE })}
      submitLabel="Lagre"
      incompleteLabel="Lagre som ufullstendig"
      notice={<MissingAnswers />}
      savedMessage={(child) => savedMessage(factsOf(child))}
      messages={{ reloaded: STAY_RELOADED }}
      actionTexts={{
        consentElsewhere: (
          <>
            Samtykket følger den voksnes opphold. Skal det trekkes tilbake, gjør du det på <Link to={stayHref(adultId)}>den voksnes opphold</Link>; da slettes også svarene i barnas
            skjemaer.
          </>
        ),
        remove: <p>Barnets opphold og alle svarene slettes for godt og telles ikke lenger i statistikken. Den voksnes opphold beholdes. Det kan ikke angres.</p>,
      }}
    />
  )
}
