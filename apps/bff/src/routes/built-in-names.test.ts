import { describe, expect, it } from 'vitest'
import { allFields, forms } from '@ly/forms'
import { createTestApp, signedInAdmin, signedInUser, type TestSession } from '../testing/test-app'
import { validatedKeys } from '../validation'

/**
 * Issue 19 point 4: a request value that indexes an object must never reach a built-in property
 * of Object.prototype. Every route of the app (walked from `app.routes`, not listed by hand) gets
 * each of these names in each of its path parameters and in each query parameter its validator
 * reads, as every role, with the CSRF token; the answer must be a 4xx (or, for a free-text
 * filter, a normal answer), never a 500.
 */
const NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf']

interface Probe {
  method: string
  path: string
  pathParams: string[]
  queryParams: string[]
}

function probesOf(app: { routes: { method: string; path: string; handler: object }[] }): Probe[] {
  const byRoute = new Map<string, Probe>()
  for (const r of app.routes) {
    if (r.method === 'ALL' || !r.path.startsWith('/api/')) continue
    const key = `${r.method} ${r.path}`
    const probe = byRoute.get(key) ?? { method: r.method, path: r.path, pathParams: [...r.path.matchAll(/:(\w+)/g)].map((m) => m[1]!), queryParams: [] }
    const validated = validatedKeys.get(r.handler)
    if (validated?.target === 'query') probe.queryParams.push(...validated.keys)
    byRoute.set(key, probe)
  }
  return [...byRoute.values()].filter((p) => p.pathParams.length + p.queryParams.length > 0)
}

// Valid values for the other parameters, so the probed one is what the route looks up: a form
// and two of its questions with options, taken from the form definitions.
const [formKey, form] = Object.entries(forms)[0]!
const [field, by] = allFields(form)
  .filter((f) => 'options' in f)
  .map((f) => f.key)
const SAMPLES: Record<string, string> = { year: '2026', date: '2026-03-02', form: formKey, field: field!, by: by! }
const sample = (key: string) => (Object.hasOwn(SAMPLES, key) ? SAMPLES[key] : undefined)

/** A request with `name` in one parameter and plausible values elsewhere. */
function urlsFor(probe: Probe, name: string): string[] {
  const fill = (path: string, except?: string) => path.replace(/:(\w+)(\{[^}]*\})?/g, (_m, p: string) => (p === except ? encodeURIComponent(name) : (sample(p) ?? 'x')))
  const query = (probed: string) =>
    new URLSearchParams(probe.queryParams.flatMap((q): [string, string][] => (q === probed ? [[q, name]] : sample(q) ? [[q, sample(q)!]] : []))).toString()
  return [...probe.pathParams.map((p) => fill(probe.path, p)), ...probe.queryParams.map((q) => `${fill(probe.path)}?${query(q)}`)]
}

describe('built-in property names in every query and path parameter of every route', () => {
  it('answer 4xx (or a normal answer for a free-text filter), never 500', { timeout: 240_000 }, async () => {
    const ctx = await createTestApp()
    const admin = await signedInAdmin(ctx)
    const sessions: TestSession[] = [admin, await signedInUser(ctx, admin, 'leder1', 'leader'), await signedInUser(ctx, admin, 'vakt1', 'staff')]
    const probes = probesOf(ctx.app)
    // The walk must find the routes it is about, or it proves nothing.
    expect(probes.some((p) => p.path === '/api/statistics/breakdown' && p.queryParams.includes('form'))).toBe(true)
    expect(probes.some((p) => p.path === '/api/day-visits/:id')).toBe(true)

    const failures: string[] = []
    for (const probe of probes) {
      for (const name of NAMES) {
        for (const url of urlsFor(probe, name)) {
          for (const session of sessions) {
            const res = await session.request(probe.method, url, probe.method === 'GET' ? undefined : {})
            if (res.status >= 500) failures.push(`${probe.method} ${url} → ${res.status}`)
          }
        }
      }
    }
    expect(failures).toEqual([])
  })
})
