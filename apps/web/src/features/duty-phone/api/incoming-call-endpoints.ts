import type { InferRequestType, InferResponseType } from 'hono/client'
import type { RecordEndpoints, RecordPage } from '@/features/records/api/record-endpoints'
import { listQuery, type RecordFilters } from '@/features/records/lib/list-filters'
import type { LyApi } from '@/lib/api-client'
import { expectOk, readJson } from '@/lib/api-error'
import { callTallyKeys } from './get-call-tally'
import type { NameConfirmation } from '@/features/records/lib/name-confirmation'

type IncomingCallsClient = LyApi['client']['incoming-calls']

/** A call in the duty-phone log, as the BFF stores it. */
export type IncomingCall = InferResponseType<IncomingCallsClient[':id']['$get'], 200>
export type IncomingCallInput = InferRequestType<IncomingCallsClient['$post']>['json']

const calls = (api: LyApi) => api.client['incoming-calls']

export async function getIncomingCalls(api: LyApi, filters: RecordFilters, cursor: string | null, signal?: AbortSignal): Promise<RecordPage<IncomingCall>> {
  return readJson(await calls(api).$get({ query: listQuery(filters, cursor) }, { init: { signal } }))
}

export async function getIncomingCall(api: LyApi, id: string, signal?: AbortSignal): Promise<IncomingCall> {
  return readJson(await calls(api)[':id'].$get({ param: { id } }, { init: { signal } }))
}

export async function createIncomingCall(api: LyApi, values: IncomingCallInput): Promise<IncomingCall> {
  return readJson(await calls(api).$post({ json: values }))
}

export async function updateIncomingCall(api: LyApi, id: string, version: number, values: IncomingCallInput, confirmation: NameConfirmation = {}): Promise<IncomingCall> {
  return readJson(await calls(api)[':id'].$put({ param: { id }, json: { version, values, ...confirmation } }))
}

export async function deleteIncomingCall(api: LyApi, id: string, version: number): Promise<void> {
  await expectOk(await calls(api)[':id'].$delete({ param: { id }, json: { version } }))
}

/**
 * /api/incoming-calls for the shared record hooks and pages. The log has no consent and no
 * case code; a correction also changes the quick-entry screen's tally of the day.
 */
export const incomingCallEndpoints: RecordEndpoints<IncomingCall, IncomingCallInput> = {
  key: 'incoming-calls',
  list: getIncomingCalls,
  get: getIncomingCall,
  create: createIncomingCall,
  update: updateIncomingCall,
  remove: deleteIncomingCall,
  related: [callTallyKeys.all],
}
