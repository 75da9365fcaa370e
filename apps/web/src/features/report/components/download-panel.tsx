import { useState } from 'react'
import { useApi } from '@/lib/api-context'
import { downloadHref, printHref } from '../lib/download-links'
import type { ReportParams } from '../lib/params'

/** The files that leave Ly: always the shareable report (of the year or the tertial shown), and each download is logged. */
export function DownloadPanel({ period }: { period: Pick<ReportParams, 'year' | 'tertial'> }) {
  const api = useApi()
  const [separator, setSeparator] = useState<'semicolon' | 'comma'>('semicolon')
  return (
    <section className="report-downloads" aria-labelledby="nedlasting">
      <h2 id="nedlasting">Last ned og skriv ut</h2>
      <p>Filene har alltid små tall skjult, også når du ser den interne visningen. Hver nedlasting blir logget.</p>
      <ul className="download-links">
        <li>
          <a className="button" href={downloadHref(api, period, 'xlsx')} download>
            Last ned Excel
          </a>
        </li>
        <li className="csv-download">
          <fieldset>
            <legend>Skilletegn i CSV</legend>
            <label>
              <input type="radio" name="skilletegn" checked={separator === 'semicolon'} onChange={() => setSeparator('semicolon')} />
              Semikolon, desimalkomma (norsk Excel)
            </label>
            <label>
              <input type="radio" name="skilletegn" checked={separator === 'comma'} onChange={() => setSeparator('comma')} />
              Komma, desimalpunktum
            </label>
          </fieldset>
          <a className="button" href={downloadHref(api, period, 'csv', separator)} download>
            Last ned CSV
          </a>
        </li>
        <li>
          <a className="button" href={printHref(api, period)} target="_blank" rel="noopener">
            Skriv ut / lagre som PDF
          </a>
        </li>
      </ul>
    </section>
  )
}
