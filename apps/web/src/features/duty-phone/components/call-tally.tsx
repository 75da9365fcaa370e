import { LoadingStatus } from '@/components/loading-status'
import { errorText } from '@/lib/api-error'
import { useCallTally } from '../api/get-call-tally'
import { TableWrap } from '@/components/table-wrap'

const calls = (n: number) => `${n} ${n === 1 ? 'samtale' : 'samtaler'}`

/** Today's calls at the centre, by caller category. The total line is read out as it changes. */
export function CallTally({ date }: { date: string }) {
  const tally = useCallTally(date)
  const data = tally.data
  return (
    <section aria-labelledby="i-dag" className="panel">
      <h2 id="i-dag">I dag</h2>
      <p aria-live="polite" aria-atomic="true" className="duty-total">
        {data ? `${calls(data.total)} registrert i dag. ${calls(data.inScope)} gjaldt vold eller krisesentertjenester, ${data.crisisCalls} var krisetelefoner.` : null}
      </p>
      {tally.isPending ? <LoadingStatus /> : null}
      {tally.isError ? <p className="alert alert-error">{errorText(tally.error)}</p> : null}
      {data ? (
        <TableWrap label="Samtaler i dag etter hvem som ringte">
          <table>
            <caption className="visually-hidden">Samtaler i dag etter hvem som ringte</caption>
            <thead>
              <tr>
                <th scope="col">Hvem ringte</th>
                <th scope="col">Antall</th>
              </tr>
            </thead>
            <tbody>
              {data.byCallerType.map((row) => (
                <tr key={row.key}>
                  <th scope="row">
                    {row.label}
                    {row.retired ? <span className="muted"> (ikke lenger i bruk)</span> : null}
                  </th>
                  <td>{row.count}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Administrative henvendelser</th>
                <td>{data.total - data.inScope}</td>
              </tr>
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </section>
  )
}
