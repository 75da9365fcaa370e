import { ConflictAlert } from './conflict-alert'
import type { SavedRecordState } from './use-saved-record'

/** A write's 409 on a saved record's page: someone else changed it; "Last inn på nytt" shows their version. */
export function SavedRecordConflict({ state }: { state: Pick<SavedRecordState<unknown>, 'conflict' | 'reloading' | 'reload'> }) {
  return state.conflict ? <ConflictAlert message={state.conflict} reloading={state.reloading} onReload={() => void state.reload()} /> : null
}
