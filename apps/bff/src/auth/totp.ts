import { Secret, TOTP } from 'otpauth'
import QRCode from 'qrcode'
import { TOTP_CODE } from '@ly/forms/accounts'

/**
 * TOTP (RFC 6238) through `otpauth` (docs/decisions/0006-totp.md): SHA-1, 6 digits, 30-second
 * steps, which every authenticator app reads. The issuer is plainly "Ly" and the label only the
 * user name: a phone's code list must not tell anyone that its owner works at a crisis centre.
 */
const PERIOD = 30
const ISSUER = 'Ly'
/** One step either side of now: a phone clock a little off, or a code typed as it turned. */
const WINDOW = 1

export const newTotpSecret = () => new Secret({ size: 20 }).base32

const totpOf = (secret: string, username = '') => new TOTP({ issuer: ISSUER, label: username, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) })

export const totpUri = (secret: string, username: string) => totpOf(secret, username).toString()

/** The time step a code belongs to (within ±1 of now), or null when it matches none. */
export function matchTotpStep(secret: string, code: string, now: Date): number | null {
  if (!TOTP_CODE.test(code)) return null
  const timestamp = now.getTime()
  const delta = totpOf(secret).validate({ token: code, timestamp, window: WINDOW })
  return delta === null ? null : TOTP.counter({ period: PERIOD, timestamp }) + delta
}

/** For tests and tools: the code of a secret at a moment. */
export const totpCodeAt = (secret: string, at: Date) => totpOf(secret).generate({ timestamp: at.getTime() })

/** The enrolment QR code as an SVG data URL (the CSP allows data: images, and no script runs). */
export async function totpQrDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
}
