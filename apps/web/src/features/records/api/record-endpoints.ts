import type { QueryKey } from '@tanstack/react-query'
import type { RecordValues } from '@ly/forms'
import type { LyApi } from '@/lib/api-client'
import type { EarlierRecord } from '../components/record-form-context'
import { ApiError } from '@/lib/api-error'
import type { RecordFilters } from '../lib/list-filters'
import type { NameConfirmation } from '../lib/name-confirmation'

/** A stored record as the BFF answers it: meta data and the answers keyed by field key. */
export interface SavedRecord {
  id: string
  /** Sent back with every change; the BFF answers 409 when the record changed since. */
  version: number
  values: RecordValues
}

/** One page of a list as the BFF answers it: newest first, the total of all pages (decision 0015). */
export interface RecordPage<R> {
  records: R[]
  total: number
  /** Send back as `cursor` for the next page; null on the last. */
  nextCursor: string | null
}

/** A deletion's options: `cascade` confirms that the record's own records go too (an adult's stay and its children). */
export interface RemoveOptions {
  cascade?: boolean
}

/** What the hooks for one record need of a form's routes (apps/bff/src/routes/records.ts). */
export interface RecordItemEndpoints<R extends SavedRecord, I> {
  /** Root of the form's query keys, e.g. "phone-sessions". */
  key: string
  get(api: LyApi, id: string, signal?: AbortSignal): Promise<R>
  /** `parentId`: forms whose records belong to another's (a child's stay under the adult's). */
  create(api: LyApi, values: I, parentId?: string): Promise<R>
  update(api: LyApi, id: string, version: number, values: I, confirmation?: NameConfirmation): Promise<R>
  remove(api: LyApi, id: string, version: number, options?: RemoveOptions): Promise<void>
  /** Forms with a consent question: erase the answers, keep the bare event (decision 1). */
  withdrawConsent?: (api: LyApi, id: string, version: number) => Promise<R>
  /** Forms with a case code: what Ly knows of a code (see EarlierRecord), or null (404). */
  latest?: (api: LyApi, caseCode: string, date: string | undefined, signal?: AbortSignal, exclude?: string) => Promise<EarlierRecord | null>
  /** Other queries a change makes stale (the duty phone's tally of the day, the board of who stays). */
  related?: readonly QueryKey[]
}

/** A form's list route: a page of rows `L` (a list may send more than a record, or less). */
export interface RecordListEndpoint<L, Fl extends RecordFilters = RecordFilters> {
  key: string
  /** A page of the list: the first with `cursor` null. */
  list(api: LyApi, filters: Fl, cursor: string | null, signal?: AbortSignal): Promise<RecordPage<L>>
}

/**
 * One form's record routes, bound to the typed client by the feature (one `*-endpoints.ts` per
 * form): the shared hooks work for every form, and each feature keeps its own types.
 */
export interface RecordEndpoints<R extends SavedRecord, I, L = R, Fl extends RecordFilters = RecordFilters> extends RecordItemEndpoints<R, I>, RecordListEndpoint<L, Fl> {}

export const recordKeys = (root: string) => ({
  all: [root] as const,
  lists: () => [root, 'list'] as const,
  list: (filters: RecordFilters) => [root, 'list', filters] as const,
  detail: (id: string) => [root, 'detail', id] as const,
  latest: (caseCode: string, date: string | undefined, exclude?: string) => [root, 'latest', caseCode, date ?? null, exclude ?? null] as const,
})

/** A case-code lookup's answer, or null where Ly has never seen the code (404). */
export async function caseHistoryOrNull(read: () => Promise<EarlierRecord>): Promise<EarlierRecord | null> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

/** The lookup's query: the code, the form's date when it has one, and the record left out (an edited one). */
export const caseHistoryQuery = (caseCode: string, date: string | undefined, exclude?: string) => ({
  query: { case_code: caseCode, ...(date && { date }), ...(exclude && { exclude }) },
})
