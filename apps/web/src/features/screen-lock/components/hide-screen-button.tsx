import { useHideScreen } from './screen-guard'

/** Where staff learn the shortcut: the button does what Esc Esc does. */
export function HideScreenButton() {
  const hide = useHideScreen()
  return (
    <button type="button" className="button button-quiet button-small" onClick={hide} aria-keyshortcuts="Escape Escape">
      Skjul skjermen <span className="shortcut-hint">(Esc Esc)</span>
    </button>
  )
}
