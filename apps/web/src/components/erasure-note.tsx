/**
 * What a withdrawal or deletion does not reach, said plainly in its confirmation (issue 18,
 * decision 0022): backups taken before keep the old answers until they age out, and a
 * withdrawal in a finalised year changes that year's figures (allowed: withdrawing is a right).
 */
export function ErasureNote({ withdrawal = false }: { withdrawal?: boolean }) {
  return (
    <>
      {withdrawal ? <p>Gjelder det et år som er ferdigstilt, endres tallene for det året, og årsrapporten får en merknad om at tallene er endret.</p> : null}
      <p>Sikkerhetskopier som er tatt før nå, har fortsatt de gamle svarene til de er så gamle at de slettes av seg selv.</p>
    </>
  )
}
