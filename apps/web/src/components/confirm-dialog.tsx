import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

interface ConfirmDialogProps {
  title: string
  /** What will happen, in plain words; read as the dialog's description. */
  children: ReactNode
  confirmLabel: string
  /** The button that closes the dialog without doing anything (default «Avbryt»). */
  cancelLabel?: string
  /** Does the work; the dialog closes when it settles. The caller shows any failure itself. */
  onConfirm: () => Promise<void>
  /** Called whenever the dialog closes: confirmed, "Avbryt" or Escape. */
  onClose: () => void
}

/**
 * Confirms a destructive action in a native modal dialog: the browser traps focus in it,
 * closes it on Escape and returns focus to the button that opened it. Focus starts on
 * "Avbryt", so a hurried Enter does not delete anything. Mount it to open it.
 */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel = 'Avbryt', onConfirm, onClose }: ConfirmDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const titleId = useId()
  const descriptionId = useId()
  const [pending, setPending] = useState(false)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    cancelRef.current?.focus()
  }, [])

  const confirm = async () => {
    if (pending) return
    setPending(true)
    try {
      await onConfirm()
    } finally {
      dialogRef.current?.close()
    }
  }

  return (
    <dialog ref={dialogRef} aria-labelledby={titleId} aria-describedby={descriptionId} onClose={onClose} className="dialog">
      <h2 id={titleId}>{title}</h2>
      <div id={descriptionId}>{children}</div>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" aria-disabled={pending || undefined} onClick={() => void confirm()}>
          {confirmLabel}
        </button>
        <button ref={cancelRef} type="button" className="button" onClick={() => dialogRef.current?.close()}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  )
}
