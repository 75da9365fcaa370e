import { Link } from 'react-router'
import { ConfirmDialog } from '@/components/confirm-dialog'
import { LoadingStatus } from '@/components/loading-status'
import { useQuality } from '@/features/quality/api/get-quality'
import { paths } from '@/lib/paths'

/**
 * Asks before a year is finalised, with the year's Kvalitetskontroll (decision 0027): when it has
 * findings the dialog lists them by kind, links to the full list, and the leader either goes to
 * fix them or locks anyway («Lås likevel»), which the server then accepts.
 */
export function LockDialog({ year, onLock, onClose }: { year: number; onLock: (confirmFindings: boolean) => Promise<void>; onClose: () => void }) {
  const quality = useQuality(year)
  const report = quality.data?.year === year ? quality.data : undefined
  const found = report?.findings.length ?? 0
  return (
    <ConfirmDialog title={`Lås ${year}?`} confirmLabel={found > 0 ? `Lås ${year} likevel` : `Lås ${year}`} onConfirm={() => onLock(found > 0)} onClose={onClose}>
      <p>Ingen registreringer fra {year} kan lages, endres eller slettes før en leder åpner året igjen.</p>
      {report === undefined ? <LoadingStatus>Kjører kvalitetskontrollen …</LoadingStatus> : null}
      {report && found === 0 ? <p>Kvalitetskontrollen fant ingenting som bør rettes i {year}.</p> : null}
      {report && found > 0 ? (
        <>
          <p>
            <strong>Kvalitetskontrollen fant {found === 1 ? 'én ting' : `${found} ting`} som bør rettes først:</strong>
          </p>
          <ul>
            {report.rules
              .filter((r) => r.count > 0)
              .map((r) => (
                <li key={r.key}>
                  {r.title}: {r.count}
                </li>
              ))}
          </ul>
          <p>
            <Link to={`${paths.quality}?ar=${year}`}>Se funnene og rett dem</Link>, eller lås året likevel.
          </p>
        </>
      ) : null}
    </ConfirmDialog>
  )
}
