import { describe, expect, it } from 'vitest'
import { createTestApp } from '../testing/test-app'

describe('security headers', () => {
  it('sends a strict CSP, no referrer, nosniff and no caching of API answers', async () => {
    const { app } = await createTestApp()
    const res = await app.request('/api/health')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('strict-transport-security')).toBeNull()
  })

  it('adds HSTS of at least a year over HTTPS, also on errors', async () => {
    const { app } = await createTestApp()
    const res = await app.request('https://ly.example/api/users')
    expect(res.status).toBe(401)
    const maxAge = Number(/max-age=(\d+)/.exec(res.headers.get('strict-transport-security') ?? '')?.[1])
    expect(maxAge).toBeGreaterThanOrEqual(31536000)
  })
})
