import type { InferRequestType, InferResponseType } from 'hono/client'
import type { RecordEndpoints, RecordPage } from '@/features/records/api/record-endpoints'
import { listQuery, type RecordFilters } from '@/features/records/lib/list-filters'
import type { LyApi } from '@/lib/api-client'
import { ApiError, expectOk, readJson } from '@/lib/api-error'
import type { NameConfirmation } from '@/features/records/lib/name-confirmation'

type DayVisitsClient = LyApi['client']['day-visits']

/** A stored day visit: meta data and the answers keyed by the definition's keys. */
export type DayVisit = InferResponseType<DayVisitsClient[':id']['$get'], 200>
/** What the BFF accepts: the values the shared schema produced in the form. */
export type DayVisitInput = InferRequestType<DayVisitsClient['$post']>['json']

const visits = (api: LyApi) => api.client['day-visits']

export async function getDayVisits(api: LyApi, filters: RecordFilters, cursor: string | null, signal?: AbortSignal): Promise<RecordPage<DayVisit>> {
  return readJson(await visits(api).$get({ query: listQuery(filters, cursor) }, { init: { signal } }))
}

export async function getDayVisit(api: LyApi, id: string, signal?: AbortSignal): Promise<DayVisit> {
  return readJson(await visits(api)[':id'].$get({ param: { id } }, { init: { signal } }))
}

export async function createDayVisit(api: LyApi, values: DayVisitInput): Promise<DayVisit> {
  return readJson(await visits(api).$post({ json: values }))
}

export async function updateDayVisit(api: LyApi, id: string, version: number, values: DayVisitInput, confirmation: NameConfirmation = {}): Promise<DayVisit> {
  return readJson(await visits(api)[':id'].$put({ param: { id }, json: { version, values, ...confirmation } }))
}

export async function deleteDayVisit(api: LyApi, id: string, version: number): Promise<void> {
  await expectOk(await visits(api)[':id'].$delete({ param: { id }, json: { version } }))
}

export async function withdrawDayVisitConsent(api: LyApi, id: string, version: number): Promise<DayVisit> {
  return readJson(await visits(api)[':id']['withdraw-consent'].$post({ param: { id }, json: { version } }))
}

/** The latest day visit with this case code, or null when the code has none (404). */
export async function getLatestDayVisit(api: LyApi, caseCode: string, signal?: AbortSignal): Promise<DayVisit | null> {
  try {
    return await readJson(await visits(api).latest.$get({ query: { case_code: caseCode } }, { init: { signal } }))
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

/** /api/day-visits for the shared record hooks and pages. */
export const dayVisitEndpoints: RecordEndpoints<DayVisit, DayVisitInput> = {
  key: 'day-visits',
  list: getDayVisits,
  get: getDayVisit,
  create: createDayVisit,
  update: updateDayVisit,
  remove: deleteDayVisit,
  withdrawConsent: withdrawDayVisitConsent,
  latest: getLatestDayVisit,
}
