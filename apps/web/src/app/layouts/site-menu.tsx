import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useLocation } from 'react-router'

/**
 * The header's menu and user links. On a wide screen they sit in the header as they are; on a
 * narrow one (styles.css, below 60rem) they fold behind a «Meny» button — the disclosure
 * pattern: the button says whether the menu is open (aria-expanded), Tab goes from it straight
 * into the menu, Escape closes it and puts focus back on the button, and the menu closes when
 * focus leaves it or a page is opened.
 */
export function SiteMenu({ children }: { children: ReactNode }) {
  const { pathname } = useLocation()
  // Open on the page it was opened on only: a followed link opens another page, and the menu is done.
  const [openOn, setOpenOn] = useState<string | null>(null)
  const open = openOn === pathname
  const setOpen = (next: boolean) => setOpenOn(next ? pathname : null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelRef = useRef<HTMLDivElement>(null)
  const panelId = useId()
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return
    setOpen(false)
    buttonRef.current?.focus()
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button button-quiet menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        // Read by use-escape-twice: the Escape that closes this menu is not half of Esc Esc.
        data-closes-on-escape=""
        onClick={() => setOpen(!open)}
        onKeyDown={closeOnEscape}
      >
        Meny
      </button>
      <div
        ref={panelRef}
        id={panelId}
        className="header-panel"
        data-open={open || undefined}
        onKeyDown={closeOnEscape}
        onClick={(event) => {
          if (event.target instanceof Element && event.target.closest('a')) setOpen(false)
        }}
        onBlur={(event) => {
          const next = event.relatedTarget
          if (next instanceof Node && (panelRef.current?.contains(next) || buttonRef.current === next)) return
          setOpen(false)
        }}
      >
        {children}
      </div>
    </>
  )
}
