import { useRef, useState } from 'react'
import {
  allFields,
  CASE_CODE_FORMAT,
  findField,
  formatNorwegianDate,
  formByKey,
  hasValidCheckCharacter,
  isCalendarDate,
  isEmptyValue,
  normaliseCaseCode,
  yearOf,
  type FormDef,
} from '@ly/forms'
import { toDisplayError } from '@/lib/api-error'
import { useCreateCaseCode } from '../../api/create-case-code'
import { draftToRecord, fieldToDraft } from '../../lib/draft'
import { useRecordForm, type EarlierRecord } from '../record-form-context'

/** What the case-code field says about the code in it; shown only while that code is there. */
export interface CaseCodeFeedback {
  code: string
  /** The form's date the lookup was for: a changed date asks again (issue 16). */
  date?: string | undefined
  text: string
  tone: 'info' | 'warning'
  /** An earlier record of the person, whose carried-over answers can be filled in. */
  earlier?: EarlierRecord
}

/** «First … in the year» as the code's history has it (decision 0037): the answer Ly fills in. */
const suggestedFirst = (earlierInYear: string | null) => (earlierInYear === null ? 'yes' : 'no')

/**
 * What Ly found about «first in the year» from the code (issue 16): the form says the answer and
 * why, and fills it in (the worker may change it). Nothing for forms that do not ask.
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
 * that carry over (sex, civil status, …) from the person's latest record. The lookup is redone
 * for the form's date as it changes, and an edited record's own code is looked up leaving the
 * record out (issue 16), so what the form says of «first in the year» is never stale.
 */
export function useCaseCodeFeedback(setCode: (code: string) => void) {
  const { form, setValue, getValues, findLatestByCaseCode, initialCaseCode, recordId } = useRecordForm()
  const createCaseCode = useCreateCaseCode()
  const [feedback, setFeedback] = useState<CaseCodeFeedback | null>(null)
  // The answer Ly last filled in: an answer the worker chose themselves is never overwritten.
  const suggested = useRef<string | null>(null)

  /** The form's date as a valid ISO date, or undefined while it is unanswered or half typed. */
  function dateOf(): string | undefined {
    const date = draftToRecord(form, getValues())[form.dateField]
    return typeof date === 'string' && isCalendarDate(date) ? date : undefined
  }

  /**
   * Fills in Ly's answer to «first … in the year» unless the worker has given another. Opening a
   * saved record only adopts a stored answer that is Ly's own (so a later date change may redo
   * it) and fills nothing in: a record merely opened stays unchanged.
   */
  function suggestFirst(answer: string, opening = false) {
    const key = form.firstInYearField
    const field = key === undefined ? undefined : findField(form, key)
    if (!field || field.kind !== 'single') return
    const current = getValues(field.key)
    if (opening) {
      if (current === answer) suggested.current = answer
      return
    }
    if (!isEmptyValue(current) && current !== suggested.current) return
    suggested.current = answer
    if (current !== answer) setValue(field.key, fieldToDraft(field, answer), { shouldDirty: true })
  }

  async function create() {
    if (createCaseCode.isPending) return
    try {
      const code = await createCaseCode.mutateAsync()
      setCode(code)
      const at = dateOf()
      setFeedback({ code, date: at, tone: 'info', text: `Nytt saksnummer: ${code}. Skriv det ned i brukerens papirer hos dere.` })
      // A new code has no history: by it, this is the person's first this year.
      if (at) suggestFirst(suggestedFirst(null))
    } catch (error) {
      setFeedback({ code: '', tone: 'warning', text: toDisplayError(error).message })
    }
  }

  async function lookUp(raw: string) {
    const code = normaliseCaseCode(raw)
    const at = dateOf()
    // The form's own code would only find this very record, unless the record can be left out.
    const own = code === initialCaseCode
    if (!findLatestByCaseCode || !CASE_CODE_FORMAT.test(code) || (own && !recordId) || (feedback?.code === code && feedback.date === at)) return
    const opening = own && feedback === null
    try {
      const earlier = await findLatestByCaseCode(code, at, own ? recordId : undefined)
      if (earlier) {
        const noun = formByKey(earlier.lastSeen.form)?.unit.singular
        const when = ` Siste registrering er fra ${formatNorwegianDate(earlier.lastSeen.date)}${noun ? ` (${noun})` : ''}.`
        setFeedback({ code, date: at, tone: 'info', text: `Saksnummeret er brukt før.${when}${firstInYear(form, at, earlier.earlierInYear)}`, earlier })
        if (earlier.earlierInYear !== undefined && at) suggestFirst(suggestedFirst(earlier.earlierInYear), opening)
      } else if (own || hasValidCheckCharacter(code)) {
        setFeedback({ code, date: at, tone: 'info', text: `Ingen tidligere registreringer med dette saksnummeret.${firstInYear(form, at, null)}` })
        if (at) suggestFirst(suggestedFirst(null), opening)
      } else {
        setFeedback({
          code,
          date: at,
          tone: 'warning',
          text: 'Ly kjenner ikke dette saksnummeret, og kontrolltegnet stemmer ikke. Sjekk at det er skrevet riktig, eller lag et nytt.',
        })
      }
    } catch (error) {
      setFeedback({ code, date: at, tone: 'warning', text: `Kunne ikke slå opp saksnummeret. ${toDisplayError(error).message}` })
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
    // Kept with the date it was looked up for: without it the next lookup (the typing pause's
    // timer, or leaving the field again) would not see it as current, look the code up anew and
    // replace what was filled in with the lookup's sentence.
    setFeedback({ code, date: dateOf(), tone: 'info', text })
  }

  return { feedback, create, creating: createCaseCode.isPending, lookUp, fillIn }
}
