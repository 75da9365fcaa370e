import { useRef, useState, type FormEvent } from 'react'
import { adultStayForm, childStayForm, emptyRecord, formatNorwegianDate, isCalendarDate, osloToday, type AdultStayForm, type RecordValues } from '@ly/forms'
import { Link, useNavigate } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { SubmitButton } from '@/components/form/submit-button'
import { RecordForm, type RecordFormHandle } from '@/features/records/components/record-form'
import { flashState } from '@/features/records/lib/flash'
import { discardDraft } from '@/lib/drafts'
import { paths } from '@/lib/paths'
import { useCreateRecord } from '@/features/records/api/create-record'
import { useFindLatestRecord } from '@/features/records/api/get-latest-record'
import { adultStayEndpoints, type AdultStay } from '../api/adult-stay-endpoints'
import { childStayEndpoints } from '../api/child-stay-endpoints'
import type { OfferFilter } from '../lib/labels'
import { stayHref } from '../lib/stay-links'
import { useChildEntries } from '../lib/use-child-entries'
import { ChildrenPart } from './children-part'
import '../residents.css'
import { nameConfirmation } from '@/features/records/lib/name-confirmation'

/** The adult's answers the children take over (decision 1), and the date they start from. */
interface AdultBare {
  consent: unknown
  offer: unknown
  start: unknown
}

const bareOf = (values: RecordValues): AdultBare => ({ consent: values.consent_to_statistics, offer: values.offer, start: values.stay_start_date })

/**
 * Check-in: the adult's check-in sections, then one sub-form per child who comes along. Saving
 * creates the adult's stay, then each child's. A child the server refuses keeps its form with
 * the errors beside the fields, and the page says plainly what was saved; saving again only
 * sends what is still missing.
 */
/** The adult's check-in answers while they are typed (decision 0017). */
const NEW_ADULT_DRAFT = 'adult_stay:new'

export function NewStayForm({ offer }: { offer: OfferFilter }) {
  const navigate = useNavigate()
  const createAdult = useCreateRecord(adultStayEndpoints)
  const createChild = useCreateRecord(childStayEndpoints)
  const findLatest = useFindLatestRecord(adultStayEndpoints)
  const adultHandle = useRef<RecordFormHandle<AdultStayForm>>(null)
  const [today] = useState(() => osloToday(new Date()))
  const [adultDefaults] = useState(() => ({ ...emptyRecord(adultStayForm), stay_start_date: today, ...(offer !== 'all' && { offer }) }))
  const [bare, setBare] = useState<AdultBare>(() => bareOf(adultDefaults))
  const [savedAdult, setSavedAdult] = useState<AdultStay | null>(null)
  const [pending, setPending] = useState(false)
  const [outcome, setOutcome] = useState<string | null>(null)
  const children = useChildEntries()

  const inherited = { consent_to_statistics: savedAdult?.values.consent_to_statistics ?? bare.consent, offer: savedAdult?.values.offer ?? bare.offer }
  const startValue = savedAdult ? savedAdult.values.stay_start_date : bare.start
  const adultStart = typeof startValue === 'string' && isCalendarDate(startValue) ? startValue : null
  const childDefaults = () => ({ ...emptyRecord(childStayForm), stay_start_date: adultStart ?? today })

  async function save() {
    const adultValid = savedAdult ? null : await adultHandle.current?.validate()
    const open = children.unsaved()
    const childValid = await children.validate(open, savedAdult?.values.stay_start_date ?? adultValid?.stay_start_date ?? null)
    const adultFailed = !savedAdult && !adultValid
    if (adultFailed || childValid.some((v) => v === null)) {
      if (adultFailed) adultHandle.current?.focusErrors()
      else children.focusFirstFailure(open, childValid)
      return
    }
    let adult = savedAdult
    if (!adult) {
      try {
        adult = await createAdult.mutateAsync({ values: { ...adultValid!, ...nameConfirmation(adultStayForm, adultValid!) } })
      } catch (error) {
        adultHandle.current?.showError(error)
        adultHandle.current?.focusErrors()
        return
      }
      // Stored: the answers are no longer a draft, and leaving the page does not ask.
      discardDraft(NEW_ADULT_DRAFT)
      setSavedAdult(adult)
    }
    const failed: number[] = []
    for (const [i, entry] of open.entries()) {
      try {
        children.markSaved(entry.key, await createChild.mutateAsync({ parentId: adult.id, values: { ...childValid[i]!, ...nameConfirmation(childStayForm, childValid[i]!) } }))
      } catch (error) {
        failed.push(i)
        children.showError(entry.key, error)
      }
    }
    const savedCount = children.entries.length - failed.length
    if (failed.length === 0) {
      const withChildren = savedCount > 0 ? ` med ${savedCount} barn` : ''
      await navigate(stayHref(adult.id), { state: flashState(`Innflyttingen er registrert${withChildren}.`) })
      return
    }
    const notSaved = failed.map((i) => `barn ${children.numberOf(open[i]!.key)}`).join(' og ')
    setOutcome(
      `Oppholdet er lagret (innflyttet ${formatNorwegianDate(String(adult.values.stay_start_date))})` +
        (savedCount > 0 ? `, og ${savedCount} av ${children.entries.length} barn er lagret. ` : '. ') +
        `Ikke lagret: ${notSaved}. Rett feilene i skjemaet og trykk «Lagre barna som mangler».`,
    )
    children.focusErrors(open[failed[0]!]!.key)
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setOutcome(null)
    void save().finally(() => setPending(false))
  }

  return (
    <form noValidate onSubmit={submit} className="form stay-check-in">
      <FormAlert message={outcome} />
      <p className="field-description">
        Felt merket med <span aria-hidden="true">*</span>
        <span className="visually-hidden">stjerne</span> må fylles ut.
      </p>
      <section aria-labelledby="voksen-overskrift" className="stay-part">
        <h2 id="voksen-overskrift">Den voksne</h2>
        {savedAdult ? (
          <div className="saved-part">
            <p>
              Den voksnes opphold er lagret. <Link to={stayHref(savedAdult.id)}>Åpne oppholdet</Link>
            </p>
          </div>
        ) : (
          <RecordForm
            embedded
            handle={adultHandle}
            form={adultStayForm}
            phases={['check_in']}
            defaultValues={adultDefaults}
            draft={{ key: NEW_ADULT_DRAFT }}
            findLatestByCaseCode={findLatest}
            onValuesChange={(values) => {
              const next = bareOf(values)
              setBare((prev) => (prev.consent === next.consent && prev.offer === next.offer && prev.start === next.start ? prev : next))
            }}
          />
        )}
      </section>
      <ChildrenPart entries={children} inherited={inherited} newDefaults={childDefaults} />
      <div className="form-actions">
        <SubmitButton pending={pending}>{savedAdult ? 'Lagre barna som mangler' : 'Registrer innflytting'}</SubmitButton>
        {savedAdult ? <Link to={stayHref(savedAdult.id)}>Gå til oppholdet</Link> : <Link to={paths.occupancy}>Avbryt</Link>}
      </div>
    </form>
  )
}
