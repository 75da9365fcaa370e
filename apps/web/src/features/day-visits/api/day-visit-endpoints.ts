import type { InferRequestType, InferResponseType } from 'hono/client'
import { caseHistoryOrNull, caseHistoryQuery, type RecordEndpoints, type RecordPage } from '@/features/records/api/record-endpoints'
import { listQuery, type RecordFilters } from '@/features/records/lib/list-filters'
import type { LyApi } from '@/lib/api-client'
import { expectOk, readJson } from '@/lib/api-error'
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

/** What Ly knows of this case code, or null when it has never seen it (404). */
export const getLatestDayVisit = (api: LyApi, caseCode: string, date: string | undefined, signal?: AbortSignal, exclude?: string) =>
  caseHistoryOrNull(async () => readJson(await visits(api).latest.$get(caseHistoryQuery(caseCode, date, exclude), { init: { signal } })))

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
