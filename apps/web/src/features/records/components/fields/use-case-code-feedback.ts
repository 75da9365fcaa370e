import { useState } from 'react'
import { allFields, CASE_CODE_FORMAT, formatNorwegianDate, formByKey, hasValidCheckCharacter, isEmptyValue, normaliseCaseCode, yearOf, type FormDef } from '@ly/forms'
import { toDisplayError } from '@/lib/api-error'
import { useCreateCaseCode } from '../../api/create-case-code'
import { draftToRecord, fieldToDraft } from '../../lib/draft'
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
 * What Ly decided about «first in the year» from the code (issue 16): the question is not asked
 * when a code is given, so the form says the answer and why. Nothing for forms that do not ask.
 */
function firstInYear(form: FormDef, date: string | undefined, earlier: string | null | undefined): string {
  const year = yearOf(date)
  if (!form.firstInYearField || year === null || earlier === undefined) return ''
  const { singular, plural } = form.unit
  return earlier === null
    ? ` Første ${singular} i år: ja – Ly fant ingen tidligere ${plural} i ${year}.`
    : ` Første ${singular} i år: nei – Ly fant tidligere ${plural} i ${year} (fra ${formatNorwegianDate(earlier)}).`
}

/**
 * Decision 3 in the form: new codes from the BFF, and a known code offers to copy the answers
 * that carry over (sex, civil status, …) from the person's latest record.
 */
export function useCaseCodeFeedback(setCode: (code: string) => void) {
  const { form, setValue, getValues, findLatestByCaseCode, initialCaseCode } = useRecordForm()
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
    const date = draftToRecord(form, getValues())[form.dateField]
    const at = typeof date === 'string' ? date : undefined
    try {
      const earlier = await findLatestByCaseCode(code, at)
      if (earlier) {
        const noun = formByKey(earlier.lastSeen.form)?.unit.singular
        const when = ` Siste registrering er fra ${formatNorwegianDate(earlier.lastSeen.date)}${noun ? ` (${noun})` : ''}.`
        setFeedback({ code, tone: 'info', text: `Saksnummeret er brukt før.${when}${firstInYear(form, at, earlier.earlierInYear)}`, earlier })
      } else if (hasValidCheckCharacter(code)) {
        setFeedback({ code, tone: 'info', text: `Ingen tidligere registreringer med dette saksnummeret.${firstInYear(form, at, null)}` })
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
      ? `Fylte inn ${filled.length} svar fra tidligere registreringer: ${filled.join('; ')}. Sjekk at de fortsatt stemmer.`
      : 'Tidligere registreringer har ingen svar som kan fylles inn.'
    setFeedback({ code, tone: 'info', text })
  }

  return { feedback, create, creating: createCaseCode.isPending, lookUp, fillIn }
}
