/** The outcome of an action in the users table, shown above it. */
export type Feedback = { kind: 'success' | 'error'; text: string }
