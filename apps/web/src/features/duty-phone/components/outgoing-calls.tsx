import { useState } from 'react'
import { LoadingStatus } from '@/components/loading-status'
import { errorText } from '@/lib/api-error'
import { useAddOutgoingCalls } from '../api/add-outgoing-calls'
import { useOutgoingCalls } from '../api/get-outgoing-calls'
import type { Offer } from './screen-settings'
import { TableWrap } from '@/components/table-wrap'

/**
 * Outgoing calls are only counted (S1:166-168): one number per recipient type and day. Folded
 * away by default, so the incoming-call keys stay the screen's first business.
 */
export function OutgoingCalls({ date, offer }: { date: string; offer: Offer }) {
  const day = useOutgoingCalls(date, offer)
  const add = useAddOutgoingCalls()
  const [message, setMessage] = useState('')
  const change = (key: string, label: string, delta: 1 | -1) =>
    add.mutate(
      { date, offer, recipient_type: key, delta },
      {
        onSuccess: (next) => setMessage(`Utgående til ${label}: ${next.byRecipientType.find((r) => r.key === key)?.count ?? 0}.`),
        onError: (error) => setMessage(errorText(error)),
      },
    )
  return (
    <details className="panel">
      <summary>Utgående samtaler i dag (valgfritt)</summary>
      <p className="field-description">Tell samtaler ut fra senteret etter hvem som ble ringt. Bare antallet lagres.</p>
      <p role="status" className="duty-status">
        {message}
      </p>
      {day.isPending ? <LoadingStatus /> : null}
      {day.isError ? <p className="alert alert-error">{errorText(day.error)}</p> : null}
      {day.data ? (
        <TableWrap label="Utgående samtaler i dag etter hvem som ble ringt">
          <table>
            <caption className="visually-hidden">Utgående samtaler i dag etter hvem som ble ringt</caption>
            <thead>
              <tr>
                <th scope="col">Ringt til</th>
                <th scope="col">Antall</th>
                <th scope="col">Endre</th>
              </tr>
            </thead>
            <tbody>
              {day.data.byRecipientType.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{row.count}</td>
                  <td>
                    <div className="row-actions">
                      {row.retired ? null : (
                        <button type="button" className="button button-small" aria-label={`Én til: ${row.label}`} onClick={() => change(row.key, row.label, 1)}>
                          +1
                        </button>
                      )}
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={`Én færre: ${row.label}`}
                        aria-disabled={row.count === 0 || undefined}
                        onClick={() => row.count > 0 && change(row.key, row.label, -1)}
                      >
                        −1
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>Totalt {day.data.total} utgående i dag.</p>
        </TableWrap>
      ) : null}
    </details>
  )
}
