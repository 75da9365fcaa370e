import { adultStayForm } from '@ly/forms'
import { useRecordEditing } from '@/features/records/api/use-record-editing'
import { MissingAnswers } from '@/features/records/components/missing-answers'
import { RecordEditor } from '@/features/records/components/record-editor'
import { capitalise } from '@/features/records/lib/record-nouns'
import { ApiError } from '@/lib/api-error'
import { paths } from '@/lib/paths'
import { adultStayEndpoints, type AdultStay } from '../api/adult-stay-endpoints'
import { useStayChildren } from '../api/get-stay-children'
import { adultStayNouns, STAY_RELOADED } from '../lib/labels'
import { yearListSearch } from '../lib/list-filters'
import { savedMessage } from '../lib/messages'
import { factsOf } from '../lib/stay-facts'
import { stayCheckOutHref } from '../lib/stay-links'
import { StayChildren } from './stay-children'
import { StaySummary } from './stay-summary'
import '../residents.css'

/** "Svarene i barnets skjema" / "svarene i skjemaene til de 2 barna" (count unknown while loading). */
const childAnswers = (count: number | undefined) =>
  count === 1 ? 'svarene i barnets skjema' : count === undefined ? 'svarene i barnas skjemaer' : `svarene i skjemaene til de ${count} barna`
const childStays = (count: number | undefined) => (count === 1 ? 'barnets opphold' : count === undefined ? 'barnas opphold' : `oppholdene til de ${count} barna`)

/**
 * An adult's stay (RecordEditor): the whole form (check-in and check-out), what it still
 * misses, its children, and withdrawing consent or deleting — which reach the children too.
 */
export function AdultStayEditor({ initial }: { initial: AdultStay }) {
  const editing = useRecordEditing(adultStayEndpoints, initial.id)
  const children = useStayChildren(initial.id)
  const childCount = children.data?.length
  const hasChildren = childCount === undefined || childCount > 0

  return (
    <RecordEditor
      form={adultStayForm}
      initial={initial}
      nouns={adultStayNouns}
      heading={(_, date) => `Opphold ${date}`}
      listHref={(stay) => `${paths.stays}${yearListSearch(Number(stay.values.stay_start_date?.slice(0, 4)))}`}
      {...editing}
      // The BFF deletes children only when told to (cascade), so nobody loses them by mistake.
      remove={(version) =>
        editing.remove(version, { cascade: hasChildren }).catch((error: unknown) => {
          // Someone registered a child since the page was read: show the children as they are now.
          if (error instanceof ApiError && error.code === 'has_children') void children.refetch()
          throw error
        })
      }
      intro={(stay) => <StaySummary stay={stay} checkOutHref={stayCheckOutHref(stay.id)} />}
      submitLabel="Lagre"
      incompleteLabel="Lagre som ufullstendig"
      notice={<MissingAnswers />}
      savedMessage={(stay) => savedMessage(factsOf(stay))}
      messages={{
        reloaded: STAY_RELOADED,
        withdrawn: 'Samtykket er trukket tilbake. Svarene er slettet for den voksne og for barna; bare selve oppholdene er beholdt.',
      }}
      actionTexts={{
        withdraw: (
          <>
            <p>
              Alle svarene om den voksne i dette oppholdet slettes for godt.
              {hasChildren ? ` Samtykket gjelder også barna: ${childAnswers(childCount)} slettes også.` : ''}
            </p>
            <p>Bare selve oppholdene blir igjen: tilbud, datoer og eventuelt saksnummer. De telles fortsatt i opphold og bodøgn, men inngår ikke i statistikken om beboerne.</p>
          </>
        ),
        remove: (
          <p>
            Oppholdet og alle svarene slettes for godt og telles ikke lenger i statistikken.
            {hasChildren ? ` ${capitalise(childStays(childCount))} slettes også.` : ''} Det kan ikke angres.
          </p>
        ),
        removeConfirmLabel: hasChildren ? 'Ja, slett oppholdet og barnas opphold' : 'Ja, slett oppholdet',
      }}
    >
      <StayChildren adultId={initial.id} />
    </RecordEditor>
  )
}
