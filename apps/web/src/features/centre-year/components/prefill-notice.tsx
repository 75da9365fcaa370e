import type { CentreYearPrefill } from '../api/centre-year-endpoints'

/**
 * Says where a new form's answers come from: last year's (or the latest earlier year's) form,
 * carried forward. Answers the year's form no longer offers are named, since they were dropped.
 */
export function PrefillNotice({ prefill, year }: { prefill: CentreYearPrefill; year: number }) {
  if (prefill.fromYear === null) {
    return (
      <div className="alert centre-year-notice">
        <p>Det finnes ikke noe tidligere årsskjema for tilbudet. Skjemaet for {year} starter tomt.</p>
      </div>
    )
  }
  return (
    <div className="alert centre-year-notice">
      <p>
        <strong>Forhåndsutfylt fra {prefill.fromYear}.</strong> Se over svarene og endre det som ikke stemmer for {year}. Skjemaet er ikke lagret før du velger «Lagre årsskjema».
      </p>
      {prefill.dropped.length > 0 && (
        <>
          <p>
            Dette var med i {prefill.fromYear}, men finnes ikke i skjemaet for {year}:
          </p>
          <ul>
            {prefill.dropped.map((d) => (
              <li key={`${d.field}.${d.option}`}>{d.message}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
