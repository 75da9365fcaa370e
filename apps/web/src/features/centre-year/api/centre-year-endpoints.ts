import type { InferRequestType, InferResponseType } from 'hono/client'
import type { LyApi } from '@/lib/api-client'
import { readJson } from '@/lib/api-error'
import type { CentreYearParams } from '../lib/params'
import type { NameConfirmation } from '@/features/records/lib/name-confirmation'

type CentreYearsClient = LyApi['client']['centre-years']

/** A stored annual form: meta data and the answers keyed by the definition's keys. */
export type CentreYear = InferResponseType<CentreYearsClient[':id']['$get'], 200>
/** What the BFF accepts: the values the shared schema produced in the form. */
export type CentreYearInput = InferRequestType<CentreYearsClient['$post']>['json']
/** The latest earlier year's answers carried forward to the chosen year, and what was dropped. */
export type CentreYearPrefill = InferResponseType<CentreYearsClient['prefill']['$get'], 200>
/** Ly's answers to the capacity questions, worked out from the year's stays and turned-away requests. */
export type CentreYearProposals = InferResponseType<CentreYearsClient['proposals']['$get'], 200>

const centreYears = (api: LyApi) => api.client['centre-years']
const query = ({ year, offer }: CentreYearParams) => ({ year: String(year), offer })

/** The year's form for the offer, or null when it has not been filled in. */
export async function findCentreYear(api: LyApi, params: CentreYearParams, signal?: AbortSignal): Promise<CentreYear | null> {
  const { records } = await readJson(await centreYears(api).$get({ query: query(params) }, { init: { signal } }))
  const id = records[0]?.id
  return id ? readJson(await centreYears(api)[':id'].$get({ param: { id } }, { init: { signal } })) : null
}

export async function getCentreYearPrefill(api: LyApi, params: CentreYearParams, signal?: AbortSignal): Promise<CentreYearPrefill> {
  return readJson(await centreYears(api).prefill.$get({ query: query(params) }, { init: { signal } }))
}

export async function getCentreYearProposals(api: LyApi, params: CentreYearParams, signal?: AbortSignal): Promise<CentreYearProposals> {
  return readJson(await centreYears(api).proposals.$get({ query: query(params) }, { init: { signal } }))
}

export async function createCentreYear(api: LyApi, values: CentreYearInput): Promise<CentreYear> {
  return readJson(await centreYears(api).$post({ json: values }))
}

export async function updateCentreYear(api: LyApi, id: string, version: number, values: CentreYearInput, confirmation: NameConfirmation = {}): Promise<CentreYear> {
  return readJson(await centreYears(api)[':id'].$put({ param: { id }, json: { version, values, ...confirmation } }))
}
