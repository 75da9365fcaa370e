import { acceptTotpStep, findTotpState } from '../db/totp'
import type { AppDeps } from '../deps'
import { AppError } from '../errors'
import { openSecret } from './secret-box'
import { matchTotpStep } from './totp'

export const totpRequired = () => new AppError(401, 'totp_required', 'Skriv engangskoden fra autentiseringsappen din.')
export const invalidTotp = () => new AppError(401, 'invalid_totp', 'Engangskoden stemmer ikke, eller er brukt før. Vent på neste kode og prøv igjen.')

/**
 * Checks a user's code against their confirmed secret and uses it up. False for a wrong code, a
 * code already used, or a secret the server key cannot open (a restored database with another
 * key: an administrator resets the user's two-factor sign-in).
 */
export async function useTotpCode(deps: AppDeps, userId: string, code: string): Promise<boolean> {
  const state = await findTotpState(deps.db, userId)
  const secret = state?.totp_secret ? openSecret(deps.config.secretKey, state.totp_secret) : null
  if (!secret) return false
  const step = matchTotpStep(secret, code, deps.clock.now())
  return step !== null && (await acceptTotpStep(deps.db, userId, step))
}
