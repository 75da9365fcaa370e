import { useRef, useState } from 'react'
import type { Call } from '../api/register-call'

/** How many of this screen's registrations it remembers for undo (most recent first out). */
const REMEMBERED = 20

/**
 * The calls this screen registered, newest last. Undo and details act on them; the ref gives
 * queued requests the state as it is when they are sent, not when the key was pressed.
 */
export function useRegisteredCalls() {
  const ref = useRef<Call[]>([])
  const [calls, setCalls] = useState<Call[]>([])
  const set = (next: Call[]) => {
    ref.current = next
    setCalls(next)
  }
  return {
    latest: calls.at(-1),
    latestId: () => ref.current.at(-1)?.id,
    versionOf: (id: string) => ref.current.find((c) => c.id === id)?.version ?? 0,
    push: (call: Call) => set([...ref.current, call].slice(-REMEMBERED)),
    remove: (id: string) => set(ref.current.filter((c) => c.id !== id)),
    replace: (call: Call) => set(ref.current.map((c) => (c.id === call.id ? call : c))),
  }
}
