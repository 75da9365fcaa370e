import { useEffect, useRef } from 'react'
import { NavLink, Outlet, useLocation, useNavigation } from 'react-router'
import { LoadingStatus } from '@/components/loading-status'
import { useCurrentSession } from '@/features/auth/api/get-session'
import { SignOutButton } from '@/features/auth/components/sign-out-button'
import { HideScreenButton } from '@/features/screen-lock/components/hide-screen-button'
import { paths } from '@/lib/paths'
import { MainNav } from './main-nav'
import { SiteMenu } from './site-menu'

/**
 * After a client-side navigation the browser leaves focus where it was; moving it to the new
 * page's heading tells a screen reader user that the page changed, as a full load would.
 */
function useFocusHeadingOnNavigation() {
  const { pathname } = useLocation()
  const previous = useRef(pathname)
  useEffect(() => {
    if (previous.current === pathname) return
    previous.current = pathname
    document.querySelector<HTMLElement>('#hovedinnhold h1')?.focus()
  }, [pathname])
}

export function SignedInLayout() {
  const { user } = useCurrentSession()
  const mainRef = useRef<HTMLElement>(null)
  // 'loading' while a page's chunk is fetched the first time (routes.tsx): the current page stays.
  const pageLoading = useNavigation().state === 'loading'
  useFocusHeadingOnNavigation()

  return (
    <>
      <a
        href="#hovedinnhold"
        className="skip-link"
        onClick={(event) => {
          // Focus directly: a hash change would be taken for a navigation by the router.
          event.preventDefault()
          mainRef.current?.focus()
        }}
      >
        Hopp til hovedinnhold
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <p className="brand">
            <span className="brand-name">Ly</span>
            <span className="brand-centre">{user.centreName}</span>
          </p>
          {/* Always in reach, also on a phone: hiding the screen must never take two steps. */}
          <HideScreenButton />
          <SiteMenu>
            {user.mustChangePassword ? null : <MainNav role={user.role} />}
            <div className="user-menu">
              <span className="user-name">{user.username}</span>
              {user.mustChangePassword ? null : <NavLink to={paths.changePassword}>Bytt passord</NavLink>}
              {user.mustChangePassword ? null : <NavLink to={paths.totp}>Tofaktor</NavLink>}
              <SignOutButton />
            </div>
          </SiteMenu>
        </div>
      </header>
      {user.centreDemoData ? (
        // Decision: a demo centre's figures must never be mistaken for real registrations.
        <p className="demo-banner">Demodata – ikke ekte registreringer. Alt ved dette senteret er oppdiktet.</p>
      ) : null}
      <main id="hovedinnhold" ref={mainRef} tabIndex={-1} className="main">
        {pageLoading ? (
          <div className="page-loading">
            <LoadingStatus>Laster siden …</LoadingStatus>
          </div>
        ) : null}
        <Outlet />
      </main>
    </>
  )
}
