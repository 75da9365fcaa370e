import type { InferRequestType, InferResponseType } from 'hono/client'
import { caseHistoryOrNull, caseHistoryQuery, recordKeys, type RecordEndpoints, type RecordPage } from '@/features/records/api/record-endpoints'
import { listQuery } from '@/features/records/lib/list-filters'
import type { NameConfirmation } from '@/features/records/lib/name-confirmation'
import type { LyApi } from '@/lib/api-client'
import { expectOk, readJson } from '@/lib/api-error'
import type { StayFilters } from '../lib/list-filters'
import { residentsKeys } from './keys'

type AdultStaysClient = LyApi['client']['adult-stays']

/** A stored adult stay: the answers, and the derived nights, status and missing answers. */
export type AdultStay = InferResponseType<AdultStaysClient[':id']['$get'], 200>
/** What the BFF accepts: the values the shared schema produced in the form. */
export type AdultStayInput = InferRequestType<AdultStaysClient['$post']>['json']
/** A list row: the bare event and the list fields, with the derived facts of the whole stay. */
export type ListedAdultStay = InferResponseType<AdultStaysClient['$get'], 200>['records'][number]

const stays = (api: LyApi) => api.client['adult-stays']

/** A page of the stays matching the filters, their status (open or closed) among them. */
export async function getAdultStays(api: LyApi, filters: StayFilters, cursor: string | null, signal?: AbortSignal): Promise<RecordPage<ListedAdultStay>> {
  const query = { ...listQuery(filters, cursor), ...(filters.status !== 'all' && { status: filters.status }) }
  return readJson(await stays(api).$get({ query }, { init: { signal } }))
}

export async function getAdultStay(api: LyApi, id: string, signal?: AbortSignal): Promise<AdultStay> {
  return readJson(await stays(api)[':id'].$get({ param: { id } }, { init: { signal } }))
}

export async function createAdultStay(api: LyApi, values: AdultStayInput): Promise<AdultStay> {
  return readJson(await stays(api).$post({ json: values }))
}

/** Corrections and check-out alike: a check-out is an update that sets the end date. */
export async function updateAdultStay(api: LyApi, id: string, version: number, values: AdultStayInput, confirmation: NameConfirmation = {}): Promise<AdultStay> {
  return readJson(await stays(api)[':id'].$put({ param: { id }, json: { version, values, ...confirmation } }))
}

/** Without `cascade` the BFF refuses a stay with children (409 has_children), so nobody loses them by mistake. */
export async function deleteAdultStay(api: LyApi, id: string, version: number, { cascade = false } = {}): Promise<void> {
  await expectOk(await stays(api)[':id'].$delete({ param: { id }, json: { version, cascade } }))
}

/**
 * Decision 1: the adult's answers and, in the same transaction, the children's are erased on
 * the server; the bare events (offer, dates, case codes) stay.
 */
export async function withdrawAdultStayConsent(api: LyApi, id: string, version: number): Promise<AdultStay> {
  return readJson(await stays(api)[':id']['withdraw-consent'].$post({ param: { id }, json: { version } }))
}

/** What Ly knows of this case code, or null when it has never seen it (404). */
export const getLatestAdultStay = (api: LyApi, caseCode: string, date: string | undefined, signal?: AbortSignal, exclude?: string) =>
  caseHistoryOrNull(async () => readJson(await stays(api).latest.$get(caseHistoryQuery(caseCode, date, exclude), { init: { signal } })))

/**
 * /api/adult-stays for the shared record hooks and pages. A change reaches the board and the
 * children: the server carries the adult's consent and offer to them (new versions there).
 */
export const adultStayEndpoints: RecordEndpoints<AdultStay, AdultStayInput, ListedAdultStay, StayFilters> = {
  key: 'adult-stays',
  list: getAdultStays,
  get: getAdultStay,
  create: createAdultStay,
  update: updateAdultStay,
  remove: deleteAdultStay,
  withdrawConsent: withdrawAdultStayConsent,
  latest: getLatestAdultStay,
  related: [residentsKeys.all, recordKeys('child-stays').all],
}
