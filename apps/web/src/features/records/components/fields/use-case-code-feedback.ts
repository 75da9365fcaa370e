import { useState } from 'react'
import { allFields, CASE_CODE_FORMAT, formatNorwegianDate, hasValidCheckCharacter, isEmptyValue, normaliseCaseCode } from '@ly/forms'
import { toDisplayError } from '@/lib/api-error'
import { useCreateCaseCode } from '../../api/create-case-code'
import { fieldToDraft } from '../../lib/draft'
import { useRecordForm, type EarlierRecord } from '../record-form-context'

/** What the case-code field says about the code in it; shown only while that code is there. */
export interface CaseCodeFeedback {
  code: string
  text: string
  tone: 'info' | 'warning'
  /** An earlier record of the person, whose carried-over answers can be filled in. */
  earlier?: EarlierRecord
}

/**
 * Decision 3 in the form: new codes from the BFF, and a known code offers to copy the answers
 * that carry over (sex, civil status, …) from the person's latest record.
 */
export function useCaseCodeFeedback(setCode: (code: string) => void) {
  const { form, setValue, findLatestByCaseCode, initialCaseCode } = useRecordForm()
  const createCaseCode = useCreateCaseCode()
  const [feedback, setFeedback] = useState<CaseCodeFeedback | null>(null)

  async function create() {
    if (createCaseCode.isPending) return
    try {
      const code = await createCaseCode.mutateAsync()
      setCode(code)
      setFeedback({ code, tone: 'info', text: `Nytt saksnummer: ${code}. Skriv det ned i brukerens papirer hos dere.` })
    } catch (error) {
      setFeedback({ code: '', tone: 'warning', text: toDisplayError(error).message })
    }
  }

  async function lookUp(raw: string) {
    const code = normaliseCaseCode(raw)
    // The form's own code would only find this very record.
    if (!findLatestByCaseCode || !CASE_CODE_FORMAT.test(code) || code === initialCaseCode || feedback?.code === code) return
    try {
      const earlier = await findLatestByCaseCode(code)
      if (earlier) {
        const date = earlier.values[form.dateField]
        const when = typeof date === 'string' ? ` Siste registrering er fra ${formatNorwegianDate(date)}.` : ''
        setFeedback({ code, tone: 'info', text: `Saksnummeret er brukt før.${when}`, earlier })
      } else if (hasValidCheckCharacter(code)) {
        setFeedback({ code, tone: 'info', text: 'Ingen tidligere registreringer med dette saksnummeret.' })
      } else {
        setFeedback({ code, tone: 'warning', text: 'Ly kjenner ikke dette saksnummeret, og kontrolltegnet stemmer ikke. Sjekk at det er skrevet riktig, eller lag et nytt.' })
      }
    } catch (error) {
      setFeedback({ code, tone: 'warning', text: `Kunne ikke slå opp saksnummeret. ${toDisplayError(error).message}` })
    }
  }

  function fillIn(code: string, earlier: EarlierRecord) {
    const filled: string[] = []
    for (const field of allFields(form)) {
      const value = earlier.values[field.key]
      if (!field.carryOver || isEmptyValue(value)) continue
      setValue(field.key, fieldToDraft(field, value), { shouldDirty: true })
      filled.push(field.label)
    }
    const text = filled.length
      ? `Fylte inn ${filled.length} svar fra forrige registrering: ${filled.join('; ')}. Sjekk at de fortsatt stemmer.`
      : 'Forrige registrering har ingen svar som kan fylles inn.'
    setFeedback({ code, tone: 'info', text })
  }

  return { feedback, create, creating: createCaseCode.isPending, lookUp, fillIn }
}
