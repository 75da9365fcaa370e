import { ConflictAlert } from '@/features/records/components/conflict-alert'
import type { useStayEditor } from '../lib/use-stay-editor'

/** The stay pages' 409: someone else changed the stay; "Last inn på nytt" shows their version. */
export function StayConflict({ editor }: { editor: Pick<ReturnType<typeof useStayEditor>, 'conflict' | 'reloading' | 'reload'> }) {
  return editor.conflict ? <ConflictAlert message={editor.conflict} reloading={editor.reloading} onReload={() => void editor.reload()} /> : null
}
