import { useState } from 'react'
import { ConfirmDialog } from '@/components/confirm-dialog'
import type { FeedToken } from '../api/feed-tokens'
import { formatMoment } from '../lib/format'
import { TableWrap } from '@/components/table-wrap'

interface FeedTokenTableProps {
  tokens: readonly FeedToken[]
  onRevoke: (token: FeedToken) => Promise<void>
}

/** The centre's feed tokens, newest first: name, made by and when, last used, and revoke. */
export function FeedTokenTable({ tokens, onRevoke }: FeedTokenTableProps) {
  const [confirming, setConfirming] = useState<FeedToken | null>(null)
  if (tokens.length === 0) return <p>Ingen tilgangsnøkler er laget ennå.</p>
  return (
    <TableWrap label="Tilgangsnøkler">
      <table>
        <caption>Tilgangsnøkler</caption>
        <thead>
          <tr>
            <th scope="col">Navn</th>
            <th scope="col">Laget</th>
            <th scope="col">Sist brukt</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id}>
              <th scope="row">{t.label}</th>
              <td>
                {formatMoment(t.createdAt)}
                {t.createdBy ? ` av ${t.createdBy}` : ''}
              </td>
              <td>{t.lastUsedAt ? formatMoment(t.lastUsedAt) : 'Aldri'}</td>
              <td>
                {t.revokedAt ? (
                  `Trukket tilbake ${formatMoment(t.revokedAt)}`
                ) : (
                  <button type="button" className="button button-small" aria-label={`Trekk tilbake: ${t.label}`} onClick={() => setConfirming(t)}>
                    Trekk tilbake
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {confirming ? (
        <ConfirmDialog title={`Trekke tilbake «${confirming.label}»?`} confirmLabel="Ja, trekk tilbake" onConfirm={() => onRevoke(confirming)} onClose={() => setConfirming(null)}>
          <p>Nøkkelen slutter å virke med en gang. Den som bruker den, får ikke lenger se ledige plasser.</p>
        </ConfirmDialog>
      ) : null}
    </TableWrap>
  )
}
