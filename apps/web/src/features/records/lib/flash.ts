/**
 * A status message carried to the next page in the router's location state ("Besøket er
 * lagret." on the list after saving). Location state survives reloads, so it is read
 * defensively and cleared once shown (useFlashStatus).
 */
export interface FlashState {
  status: string
}

export const flashState = (status: string): FlashState => ({ status })

export function readFlash(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('status' in state)) return null
  return typeof state.status === 'string' && state.status ? state.status : null
}
