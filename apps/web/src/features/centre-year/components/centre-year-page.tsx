import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { FormAlert } from '@/components/form/form-alert'
import { LoadingStatus } from '@/components/loading-status'
import { errorText } from '@/lib/api-error'
import { useCentreYearStart } from '../api/get-centre-year-start'
import { centreYearSearch, readCentreYearParams } from '../lib/params'
import { CentreYearControls } from './centre-year-controls'
import { CentreYearEditor } from './centre-year-editor'
import '../centre-year.css'

/**
 * Årsskjema: the national annual centre form (samleskjema), once a year for each offer. A year
 * without a form starts from the latest earlier year's answers; the year's report shows them
 * beside the national counts ("Tilbudet ved senteret").
 */
export function CentreYearPage() {
  const [search, setSearch] = useSearchParams()
  const params = readCentreYearParams(search)
  const start = useCentreYearStart(params)
  // A new form after a reload: the editor starts again from the answers as they are now.
  const [generation, setGeneration] = useState(0)

  return (
    <div className="centre-year-page">
      <p>
        Samleskjemaet fylles ut én gang i året for tilbudet til kvinner og for tilbudet til menn. Svarene beskriver senteret og vises i årsrapporten ved siden av tallene for
        landet.
      </p>
      <CentreYearControls params={params} onChange={(next) => setSearch(centreYearSearch(next), { replace: true })} />
      {start.isPending ? (
        <LoadingStatus>Henter årsskjemaet …</LoadingStatus>
      ) : start.isError ? (
        <FormAlert message={errorText(start.error)} />
      ) : (
        <CentreYearEditor
          key={`${params.year}-${params.offer}-${generation}`}
          params={params}
          start={start.data}
          onReload={async () => {
            await start.refetch()
            setGeneration((g) => g + 1)
          }}
        />
      )}
    </div>
  )
}
