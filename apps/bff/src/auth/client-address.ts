import { createHash } from 'node:crypto'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

/**
 * The address a request came from, hashed: the throttle needs to tell addresses apart, not to
 * know them. Behind a trusted proxy the first X-Forwarded-For entry is the client.
 */
export function clientAddressKey(c: Context, trustProxy: boolean): string {
  let address = 'unknown'
  if (trustProxy) address = c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || address
  if (address === 'unknown') {
    try {
      address = getConnInfo(c).remote.address ?? address
    } catch {
      // No socket (requests made in-process by tests): all such requests share one key.
    }
  }
  return createHash('sha256').update(address).digest('base64url')
}
