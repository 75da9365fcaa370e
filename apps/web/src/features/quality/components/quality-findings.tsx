import { Link } from 'react-router'
import { formatNorwegianDate } from '@ly/forms'
import type { QualityReport } from '../api/get-quality'
import { recordKind, recordPath } from './record-link'

/**
 * A year's findings rule by rule — what it means, how to fix it, and each record with a link to
 * it — and which rules found nothing, so the reader knows what was checked.
 * `headingLevel` fits the page (h2) or the year-lock dialog (h3).
 */
export function QualityFindings({ report, headingLevel = 2 }: { report: QualityReport; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const found = report.rules.filter((r) => r.count > 0)
  const clean = report.rules.filter((r) => r.count === 0)
  return (
    <div className="quality-findings">
      {found.map((rule) => (
        <section key={rule.key} className="quality-rule" aria-labelledby={`kvalitet-${rule.key}`}>
          <Heading id={`kvalitet-${rule.key}`}>
            {rule.title} <span className="quality-count">({rule.count})</span>
          </Heading>
          <p>{rule.explanation}</p>
          <p>
            <strong>Slik retter du:</strong> {rule.fix}
          </p>
          <ul className="quality-list">
            {report.findings
              .filter((f) => f.rule === rule.key)
              .map((f) => {
                const to = recordPath(f)
                const name = `${recordKind[f.form]} ${formatNorwegianDate(f.date)}`
                return (
                  <li key={`${f.rule}-${f.id}`}>
                    {to ? <Link to={to}>{name}</Link> : <span>{name}</span>}: {f.detail}
                  </li>
                )
              })}
          </ul>
        </section>
      ))}
      {clean.length > 0 ? (
        <section aria-labelledby="kvalitet-uten-funn">
          <Heading id="kvalitet-uten-funn">Sjekket uten funn</Heading>
          <ul className="quality-clean">
            {clean.map((r) => (
              <li key={r.key}>{r.title}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
