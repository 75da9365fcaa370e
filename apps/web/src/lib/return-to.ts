/**
 * Where a page leads back to once its work is done (a check-out or a turned-away request started
 * from the board), carried in the location state like the flash message. Read defensively:
 * location state survives reloads, and only a path inside Ly is followed.
 */
export interface ReturnState {
  returnTo: string
}

export const returnState = (returnTo: string): ReturnState => ({ returnTo })

export function readReturnTo(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('returnTo' in state)) return null
  return typeof state.returnTo === 'string' && state.returnTo.startsWith('/') ? state.returnTo : null
}
