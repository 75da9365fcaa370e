import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { trustedHopsFromEnv } from '../env'
import { clientAddress } from './client-address'

/** A route that answers the address Ly would count a request under, behind `hops` proxies. */
const addressBehind = async (hops: number, forwardedFor?: string) => {
  const app = new Hono().get('/', (c) => c.text(clientAddress(c, hops)))
  const res = await app.request('/', { headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } })
  return res.text()
}

describe('the client address behind trusted proxies (LY_TRUST_PROXY=N)', () => {
  it('takes the N-th X-Forwarded-For entry from the right: what the nearest N proxies saw, not what the client wrote', async () => {
    // The client wrote 203.0.113.9 itself; proxy 1 appended the address it saw, 198.51.100.7.
    expect(await addressBehind(1, '203.0.113.9, 198.51.100.7')).toBe('198.51.100.7')
    // Two proxies: the outer one saw the client (198.51.100.7), the inner one the outer proxy.
    expect(await addressBehind(2, '203.0.113.9, 198.51.100.7, 10.0.0.2')).toBe('198.51.100.7')
  })

  it('trusts no header without proxies, and only the socket when the header is shorter than the chain', async () => {
    // Requests made in-process have no socket: every such request counts as «unknown».
    expect(await addressBehind(0, '203.0.113.9')).toBe('unknown')
    expect(await addressBehind(3, '203.0.113.9, 198.51.100.7')).toBe('unknown')
    expect(await addressBehind(1)).toBe('unknown')
  })

  it('reads LY_TRUST_PROXY as a number of proxies, true as one, and refuses anything else', () => {
    expect(trustedHopsFromEnv(undefined)).toBe(0)
    expect(trustedHopsFromEnv('false')).toBe(0)
    expect(trustedHopsFromEnv('true')).toBe(1)
    expect(trustedHopsFromEnv('1')).toBe(1)
    expect(trustedHopsFromEnv('2')).toBe(2)
    expect(() => trustedHopsFromEnv('mange')).toThrow(/LY_TRUST_PROXY/)
    expect(() => trustedHopsFromEnv('11')).toThrow(/LY_TRUST_PROXY/)
  })
})
