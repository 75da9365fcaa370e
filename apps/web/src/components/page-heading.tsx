import { useEffect } from 'react'

/**
 * The page's <h1>, which also sets the document title. It takes focus after a client-side
 * navigation (see SignedInLayout), hence tabIndex -1.
 */
export function PageHeading({ children }: { children: string }) {
  useEffect(() => {
    document.title = `${children} – Ly`
  }, [children])
  return (
    <h1 tabIndex={-1} className="page-heading">
      {children}
    </h1>
  )
}
