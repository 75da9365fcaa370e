import type { InferRequestType, InferResponseType } from 'hono/client'
import { caseHistoryOrNull, caseHistoryQuery, type RecordEndpoints, type RecordPage } from '@/features/records/api/record-endpoints'
import { listQuery, type RecordFilters } from '@/features/records/lib/list-filters'
import type { LyApi } from '@/lib/api-client'
import { expectOk, readJson } from '@/lib/api-error'
import type { NameConfirmation } from '@/features/records/lib/name-confirmation'

type PhoneSessionsClient = LyApi['client']['phone-sessions']

/** A stored one-to-one conversation: meta data and the answers keyed by the definition's keys. */
export type PhoneSession = InferResponseType<PhoneSessionsClient[':id']['$get'], 200>
/** What the BFF accepts: the values the shared schema produced in the form. */
export type PhoneSessionInput = InferRequestType<PhoneSessionsClient['$post']>['json']

const sessions = (api: LyApi) => api.client['phone-sessions']

export async function getPhoneSessions(api: LyApi, filters: RecordFilters, cursor: string | null, signal?: AbortSignal): Promise<RecordPage<PhoneSession>> {
  return readJson(await sessions(api).$get({ query: listQuery(filters, cursor) }, { init: { signal } }))
}

export async function getPhoneSession(api: LyApi, id: string, signal?: AbortSignal): Promise<PhoneSession> {
  return readJson(await sessions(api)[':id'].$get({ param: { id } }, { init: { signal } }))
}

export async function createPhoneSession(api: LyApi, values: PhoneSessionInput): Promise<PhoneSession> {
  return readJson(await sessions(api).$post({ json: values }))
}

export async function updatePhoneSession(api: LyApi, id: string, version: number, values: PhoneSessionInput, confirmation: NameConfirmation = {}): Promise<PhoneSession> {
  return readJson(await sessions(api)[':id'].$put({ param: { id }, json: { version, values, ...confirmation } }))
}

export async function deletePhoneSession(api: LyApi, id: string, version: number): Promise<void> {
  await expectOk(await sessions(api)[':id'].$delete({ param: { id }, json: { version } }))
}

export async function withdrawPhoneSessionConsent(api: LyApi, id: string, version: number): Promise<PhoneSession> {
  return readJson(await sessions(api)[':id']['withdraw-consent'].$post({ param: { id }, json: { version } }))
}

/** What Ly knows of this case code, or null when it has never seen it (404). */
export const getLatestPhoneSession = (api: LyApi, caseCode: string, date: string | undefined, signal?: AbortSignal, exclude?: string) =>
  caseHistoryOrNull(async () => readJson(await sessions(api).latest.$get(caseHistoryQuery(caseCode, date, exclude), { init: { signal } })))

/** /api/phone-sessions for the shared record hooks and pages. */
export const phoneSessionEndpoints: RecordEndpoints<PhoneSession, PhoneSessionInput> = {
  key: 'phone-sessions',
  list: getPhoneSessions,
  get: getPhoneSession,
  create: createPhoneSession,
  update: updatePhoneSession,
  remove: deletePhoneSession,
  withdrawConsent: withdrawPhoneSessionConsent,
  latest: getLatestPhoneSession,
}
