/** What the session guard hands the sign-in page through the router's location state. */
export interface SignInState {
  /** Where to go after signing in: the page the user was on. */
  from?: string
  /** Why the user was signed out, e.g. the server's "Økten er utløpt …". */
  notice?: string
}

/** Location state survives reloads and comes from history, so it is read defensively. */
export function readSignInState(state: unknown): SignInState {
  if (typeof state !== 'object' || state === null) return {}
  const from = 'from' in state && typeof state.from === 'string' && state.from.startsWith('/') && !state.from.startsWith('//') ? state.from : undefined
  const notice = 'notice' in state && typeof state.notice === 'string' ? state.notice : undefined
  return { ...(from && { from }), ...(notice && { notice }) }
}
