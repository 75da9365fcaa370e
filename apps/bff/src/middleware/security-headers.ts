import { createMiddleware } from 'hono/factory'
import { secureHeaders } from 'hono/secure-headers'
import type { AppConfig } from '../deps'

/**
 * Response headers for every answer, SPA and API alike: a Content-Security-Policy with no
 * inline script and no framing, no referrer, no MIME sniffing, and HSTS (one year) when Ly is
 * served over HTTPS. Hono's secureHeaders writes them; this module only chooses the values.
 */
export function securityHeaders(config: AppConfig) {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // React sets style attributes (e.g. chart sizes); no inline <style> or script is served.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: 'nosniff',
    xFrameOptions: 'DENY',
    // Set below only over HTTPS: HSTS on plain http would be ignored or, worse, misleading.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  })
  return createMiddleware(async (c, next) => {
    await headers(c, next)
    const https = new URL(c.req.url).protocol === 'https:' || (config.trustProxy > 0 && c.req.header('x-forwarded-proto') === 'https') || config.secureCookies === 'always'
    if (https) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  })
}
