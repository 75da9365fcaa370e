import { useQuality } from '../api/get-quality'

/**
 * The current year's number of findings beside «Kvalitetskontroll» in the menu; nothing while
 * it loads, on an error, or when there is nothing to fix. Read as «3 funn» by a screen reader.
 */
export function QualityNavCount() {
  const { data } = useQuality(null)
  const count = data?.findings.length ?? 0
  if (count === 0) return null
  return (
    <>
      {' '}
      <span className="nav-count">
        {count}
        <span className="visually-hidden"> funn</span>
      </span>
    </>
  )
}
