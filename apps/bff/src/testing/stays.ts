import { expect } from 'vitest'
import { signedInAdmin, signedInUser, type TestContext, type TestSession } from './test-app'

/** A stay as the API answers it, with the facts derived from its dates and answers. */
export interface StayBody {
  id: string
  version: number
  parentId?: string
  values: Record<string, unknown>
  derived: { nights: number; status: 'open' | 'incomplete' | 'complete'; missing: { key: string; label: string }[] }
}

export interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] }
}

export const staffSession = async (ctx: TestContext) => signedInUser(ctx, await signedInAdmin(ctx), 'vakt1', 'staff')

async function expectCreated(res: Response) {
  expect(
    res.status,
    JSON.stringify(
      await res
        .clone()
        .json()
        .catch(() => null),
    ),
  ).toBe(201)
  return (await res.json()) as StayBody
}

export const createAdultStay = async (s: TestSession, values: object) => expectCreated(await s.request('POST', '/api/adult-stays', values))

export const createChildStay = async (s: TestSession, adultId: string, values: object) =>
  expectCreated(await s.request('POST', `/api/child-stays?adult_stay_id=${adultId}`, values))

/** Sends an update and returns status and body, for the 200/409/422 paths alike. */
export async function put(s: TestSession, path: string, version: number, values: object) {
  const res = await s.request('PUT', path, { version, values })
  return { status: res.status, body: (await res.json()) as StayBody & ErrorBody }
}

export const issuesOf = (body: ErrorBody) => body.error.issues ?? []

export const countRows = async (ctx: TestContext, table: string) =>
  (
    await ctx.db
      .selectFrom(table as never)
      .selectAll()
      .execute()
  ).length
