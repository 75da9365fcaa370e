/** Injected so tests can move time (idle timeouts, throttling windows) without sleeping. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

export function minutesAgo(clock: Clock, minutes: number): string {
  return new Date(clock.now().getTime() - minutes * 60_000).toISOString()
}
