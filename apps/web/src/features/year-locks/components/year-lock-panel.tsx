import '../year-locks.css'
import { useState } from 'react'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { errorText } from '@/lib/api-error'
import { useLockYear, useYearLocks } from '../api/year-locks'
import { LockDialog } from './lock-dialog'
import { ReopenDialog } from './reopen-dialog'
import { TableWrap } from '@/components/table-wrap'

const date = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short' })
const time = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' })
/** How many ended years the table offers to lock. */
const YEARS_SHOWN = 5

/** The years and their lock: leaders lock and reopen, administrators see the same read-only. */
export function YearLockPanel({ canChange }: { canChange: boolean }) {
  const locks = useYearLocks()
  const lock = useLockYear()
  const [confirming, setConfirming] = useState<number | null>(null)
  const [reopening, setReopening] = useState<number | null>(null)
  const [message, setMessage] = useState<string | null>(null)

  if (locks.isPending) return <LoadingStatus />
  if (locks.isError) return <FormAlert message={errorText(locks.error)} />
  const { currentYear, locked, history } = locks.data
  const lockOf = new Map(locked.map((l) => [l.year, l]))
  const oldest = Math.min(currentYear - YEARS_SHOWN, ...locked.map((l) => l.year))
  const years = Array.from({ length: currentYear - oldest }, (_, i) => currentYear - 1 - i)

  return (
    <>
      {message ? (
        <p role="status" className="alert alert-success">
          {message}
        </p>
      ) : null}
      <FormAlert message={lock.error ? errorText(lock.error) : null} />
      <TableWrap label="År">
        <table>
          <caption>År</caption>
          <thead>
            <tr>
              <th scope="col">År</th>
              <th scope="col">Status</th>
              {canChange ? <th scope="col">Handling</th> : null}
            </tr>
          </thead>
          <tbody>
            {years.map((year) => {
              const l = lockOf.get(year)
              return (
                <tr key={year}>
                  <th scope="row">{year}</th>
                  <td>
                    {l ? (
                      <>
                        <span className="badge badge-locked">Låst</span> {date.format(new Date(l.lockedAt))}
                        {l.lockedBy ? ` av ${l.lockedBy}` : ''}
                      </>
                    ) : (
                      'Åpen'
                    )}
                  </td>
                  {canChange ? (
                    <td>
                      <button type="button" className="button button-small" onClick={() => (l ? setReopening(year) : setConfirming(year))}>
                        {l ? `Åpne ${year} igjen` : `Lås ${year}`}
                      </button>
                    </td>
                  ) : null}
                </tr>
              )
            })}
          </tbody>
        </table>
      </TableWrap>
      {history.length > 0 ? (
        <TableWrap label="Historikk">
          <table>
            <caption>Historikk</caption>
            <thead>
              <tr>
                <th scope="col">Tidspunkt</th>
                <th scope="col">År</th>
                <th scope="col">Handling</th>
                <th scope="col">Av</th>
                <th scope="col">Begrunnelse</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={`${h.at}-${h.year}-${h.action}`}>
                  <td>{time.format(new Date(h.at))}</td>
                  <td>{h.year}</td>
                  <td>{h.action === 'locked' ? 'Låst' : 'Åpnet igjen'}</td>
                  <td>{h.by ?? ''}</td>
                  <td>{h.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {confirming !== null ? (
        <LockDialog
          year={confirming}
          onLock={async (confirmFindings) => {
            setMessage(null)
            await lock.mutateAsync({ year: confirming, confirmFindings }).then(
              () => setMessage(`${confirming} er låst.`),
              () => undefined,
            )
          }}
          onClose={() => setConfirming(null)}
        />
      ) : null}
      {reopening !== null ? <ReopenDialog year={reopening} onReopened={() => setMessage(`${reopening} er åpnet igjen.`)} onClose={() => setReopening(null)} /> : null}
    </>
  )
}
