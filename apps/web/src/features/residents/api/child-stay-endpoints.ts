import type { InferRequestType, InferResponseType } from 'hono/client'
import { caseHistoryOrNull, caseHistoryQuery, recordKeys, type RecordEndpoints, type RecordPage } from '@/features/records/api/record-endpoints'
import { listQuery, type RecordFilters } from '@/features/records/lib/list-filters'
import type { NameConfirmation } from '@/features/records/lib/name-confirmation'
import type { LyApi } from '@/lib/api-client'
import { expectOk, readJson } from '@/lib/api-error'
import { residentsKeys } from './keys'

type ChildStaysClient = LyApi['client']['child-stays']

/** A stored child's stay; `parentId` is the adult's stay it belongs to. */
export type ChildStay = InferResponseType<ChildStaysClient[':id']['$get'], 200>
export type ChildStayInput = InferRequestType<ChildStaysClient['$post']>['json']

// The route reads `?adult_stay_id=` itself (no validator), so the typed client does not list
// it; Hono's client still puts any `query` it is given into the URL.
type CreateArgs = Parameters<ChildStaysClient['$post']>[0] & { query: { adult_stay_id: string } }

const children = (api: LyApi) => api.client['child-stays']

export async function getChildStays(api: LyApi, filters: RecordFilters, cursor: string | null, signal?: AbortSignal): Promise<RecordPage<ChildStay>> {
  return readJson(await children(api).$get({ query: listQuery(filters, cursor) }, { init: { signal } }))
}

export async function getChildStay(api: LyApi, id: string, signal?: AbortSignal): Promise<ChildStay> {
  return readJson(await children(api)[':id'].$get({ param: { id } }, { init: { signal } }))
}

/** A child's stay is always created from the adult's stay it came with; the BFF refuses one without. */
export async function createChildStay(api: LyApi, values: ChildStayInput, adultStayId = ''): Promise<ChildStay> {
  const args: CreateArgs = { json: values, query: { adult_stay_id: adultStayId } }
  return readJson(await children(api).$post(args))
}

export async function updateChildStay(api: LyApi, id: string, version: number, values: ChildStayInput, confirmation: NameConfirmation = {}): Promise<ChildStay> {
  return readJson(await children(api)[':id'].$put({ param: { id }, json: { version, values, ...confirmation } }))
}

export async function deleteChildStay(api: LyApi, id: string, version: number): Promise<void> {
  await expectOk(await children(api)[':id'].$delete({ param: { id }, json: { version } }))
}

/** What Ly knows of this case code, or null when it has never seen it (404). */
export const getLatestChildStay = (api: LyApi, caseCode: string, date: string | undefined, signal?: AbortSignal, exclude?: string) =>
  caseHistoryOrNull(async () => readJson(await children(api).latest.$get(caseHistoryQuery(caseCode, date, exclude), { init: { signal } })))

/**
 * /api/child-stays for the shared record hooks and pages. No consent of its own: it is the
 * adult's (decision 1). A change reaches the board, the children of the stay and the adults'
 * list (its «Barn» column).
 */
export const childStayEndpoints: RecordEndpoints<ChildStay, ChildStayInput> = {
  key: 'child-stays',
  list: getChildStays,
  get: getChildStay,
  create: createChildStay,
  update: updateChildStay,
  remove: deleteChildStay,
  latest: getLatestChildStay,
  related: [residentsKeys.all, recordKeys('adult-stays').lists()],
}
