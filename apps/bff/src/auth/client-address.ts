import { createHash } from 'node:crypto'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

/**
 * The address a request came from, hashed: the throttle needs to tell addresses apart, not to
 * know them. Behind `trustedHops` proxies (LY_TRUST_PROXY) the client is the N-th entry from the
 * right of X-Forwarded-For: each proxy appends the address it saw, so the entries to the left of
 * those are whatever the client wrote itself (docs/deploy.md).
 */
export function clientAddress(c: Context, trustedHops: number): string {
  if (trustedHops > 0) {
    const entries = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean)
    // Fewer entries than proxies: the request did not come through them all; trust only the socket.
    const entry = entries[entries.length - trustedHops]
    if (entry) return entry
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    // No socket (requests made in-process by tests): all such requests share one key.
    return 'unknown'
  }
}

export const clientAddressKey = (c: Context, trustedHops: number) => createHash('sha256').update(clientAddress(c, trustedHops)).digest('base64url')
