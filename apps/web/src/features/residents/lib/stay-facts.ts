import type { MissingAnswer, RecordCompleteness } from '@ly/forms'

/** What the BFF derives for every stay (routes/stay-rules.ts `stayFacts`). */
export interface StayFacts {
  nights: number
  status: RecordCompleteness
  missing: MissingAnswer[]
}

/**
 * The derived facts of a stay. The stay routes always send them; the client's type has them
 * optional only because the generic record routes add them conditionally.
 */
export function factsOf(record: { derived?: StayFacts | undefined }): StayFacts {
  return record.derived ?? { nights: 0, status: 'open', missing: [] }
}

const text = (value: unknown) => (typeof value === 'string' ? value : null)

/**
 * The bare event of a stay whose answers arrive loosely typed (the children's route sends
 * whole records as JSON): case code, dates and consent, each checked before use.
 */
export function bareEventOf(values: Record<string, unknown>) {
  return {
    caseCode: text(values.case_code),
    start: text(values.stay_start_date),
    end: text(values.stay_end_date),
    consent: values.consent_to_statistics === true,
  }
}
