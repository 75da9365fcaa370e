import { useId } from 'react'
import { FormAlert } from '@/components/form/form-alert'
import { formatCount } from '../lib/numbers'
import { countOf, type RecordNouns } from '../lib/record-nouns'

interface ShowMoreProps {
  shown: number
  total: number
  nouns: RecordNouns
  loading: boolean
  error: string | null
  onMore: () => void
}

/** Under a list with more pages: how many are shown, and the button for the next page. */
export function ShowMore({ shown, total, nouns, loading, error, onMore }: ShowMoreProps) {
  const countId = useId()
  return (
    <div className="show-more">
      <p id={countId}>
        Viser {formatCount(shown)} av {countOf(nouns, total)}.
      </p>
      <FormAlert message={error} />
      <button
        type="button"
        className="button"
        aria-describedby={countId}
        // Not `disabled`: a disabled button drops the keyboard focus while the page loads.
        aria-disabled={loading}
        onClick={() => {
          if (!loading) onMore()
        }}
      >
        {loading ? `Laster flere ${nouns.plural} …` : `Vis flere ${nouns.plural}`}
      </button>
    </div>
  )
}
