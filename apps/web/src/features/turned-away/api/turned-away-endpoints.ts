import type { InferRequestType, InferResponseType } from 'hono/client'
import type { RecordEndpoints, RecordPage } from '@/features/records/api/record-endpoints'
import { listQuery, type RecordFilters } from '@/features/records/lib/list-filters'
import type { LyApi } from '@/lib/api-client'
import { expectOk, readJson } from '@/lib/api-error'

type TurnedAwayClient = LyApi['client']['turned-away']

/** A stored turned-away request («Avvist henvendelse»): meta data and the answers by field key. */
export type TurnedAwayRequest = InferResponseType<TurnedAwayClient[':id']['$get'], 200>
export type TurnedAwayInput = InferRequestType<TurnedAwayClient['$post']>['json']

const requests = (api: LyApi) => api.client['turned-away']

export async function getTurnedAwayRequests(api: LyApi, filters: RecordFilters, cursor: string | null, signal?: AbortSignal): Promise<RecordPage<TurnedAwayRequest>> {
  return readJson(await requests(api).$get({ query: listQuery(filters, cursor) }, { init: { signal } }))
}

export async function getTurnedAwayRequest(api: LyApi, id: string, signal?: AbortSignal): Promise<TurnedAwayRequest> {
  return readJson(await requests(api)[':id'].$get({ param: { id } }, { init: { signal } }))
}

export async function createTurnedAwayRequest(api: LyApi, values: TurnedAwayInput): Promise<TurnedAwayRequest> {
  return readJson(await requests(api).$post({ json: values }))
}

export async function updateTurnedAwayRequest(api: LyApi, id: string, version: number, values: TurnedAwayInput): Promise<TurnedAwayRequest> {
  return readJson(await requests(api)[':id'].$put({ param: { id }, json: { version, values } }))
}

export async function deleteTurnedAwayRequest(api: LyApi, id: string, version: number): Promise<void> {
  await expectOk(await requests(api)[':id'].$delete({ param: { id }, json: { version } }))
}

/** /api/turned-away for the shared record hooks and pages: no consent question, no case code (decision 0028). */
export const turnedAwayEndpoints: RecordEndpoints<TurnedAwayRequest, TurnedAwayInput> = {
  key: 'turned-away',
  list: getTurnedAwayRequests,
  get: getTurnedAwayRequest,
  create: createTurnedAwayRequest,
  update: updateTurnedAwayRequest,
  remove: deleteTurnedAwayRequest,
}
