import { useState } from 'react'
import { Link } from 'react-router'
import { formatNorwegianDate, osloToday } from '@ly/forms'
import type { QualityFinding, QualityReport } from '../api/get-quality'
import { MarkCheckedDialog } from './mark-checked-dialog'
import { recordKind, recordPath } from './record-link'

const nameOf = (f: QualityFinding) => `${recordKind[f.form]} ${formatNorwegianDate(f.date)}`

function RecordName({ finding }: { finding: QualityFinding }) {
  const to = recordPath(finding)
  return to ? <Link to={to}>{nameOf(finding)}</Link> : <span>{nameOf(finding)}</span>
}

/**
 * A year's findings rule by rule — what it means, how to fix it, and each record with a link to
 * it — and which rules found nothing, so the reader knows what was checked. A leader (`canMark`)
 * marks a finding «Sjekket – riktig» with a reason; those are listed apart (decision 0057).
 * `headingLevel` fits the page (h2) or the year-lock dialog (h3).
 */
export function QualityFindings({ report, headingLevel = 2, canMark = false }: { report: QualityReport; headingLevel?: 2 | 3; canMark?: boolean }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const found = report.rules.filter((r) => r.count > 0)
  const clean = report.rules.filter((r) => r.count === 0 && r.checked === 0)
  const [marking, setMarking] = useState<QualityFinding | null>(null)
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
              .map((f) => (
                <li key={`${f.rule}-${f.id}`}>
                  <RecordName finding={f} />: {f.detail}
                  {canMark ? (
                    <>
                      {' '}
                      <button type="button" className="button button-small" aria-label={`Sjekket – riktig: ${nameOf(f)}`} onClick={() => setMarking(f)}>
                        Sjekket – riktig
                      </button>
                    </>
                  ) : null}
                </li>
              ))}
          </ul>
        </section>
      ))}
      {report.checked.length > 0 ? (
        <section aria-labelledby="kvalitet-sjekket">
          <Heading id="kvalitet-sjekket">
            Sjekket – riktig <span className="quality-count">({report.checked.length})</span>
          </Heading>
          <p>En leder har sett på disse og vet at registreringen er riktig. De telles ikke som funn. Endres registreringen, blir den sjekket på nytt.</p>
          <ul className="quality-list">
            {report.checked.map((f) => (
              <li key={`${f.rule}-${f.id}`}>
                <RecordName finding={f} />: {f.detail} <em>{report.rules.find((r) => r.key === f.rule)?.title}.</em> Sjekket
                {f.checked.by ? ` av ${f.checked.by}` : ''} {formatNorwegianDate(osloToday(new Date(f.checked.at)))}: «{f.checked.reason}»
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {marking ? <MarkCheckedDialog year={report.year} finding={marking} name={nameOf(marking)} onClose={() => setMarking(null)} /> : null}
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
