import { PageHeading } from '@/components/page-heading'
import { paths } from '@/lib/paths'

/**
 * Shown when a screen crashes. A plain link (full page load) rather than a router link: after a
 * crash, starting the SPA afresh is the safest way back.
 */
export function RouteError() {
  return (
    <main id="hovedinnhold" className="auth-page">
      <div className="auth-card">
        <PageHeading>Noe gikk galt</PageHeading>
        <p>Siden kunne ikke vises. Det du har lagret tidligere, er ikke borte.</p>
        <p>
          <a href={paths.home}>Last Ly på nytt</a>
        </p>
      </div>
    </main>
  )
}
