import { useRef } from 'react'
import { formatNorwegianDate, type RecordValues } from '@ly/forms'
import type { ChildEntries } from '../lib/use-child-entries'
import { ChildSubForm } from './child-sub-form'

interface ChildrenPartProps {
  entries: ChildEntries
  /** The adult's consent and offer, which every child takes over. */
  inherited: RecordValues
  /** Where a new child's form starts (the adult's check-in date). */
  newDefaults: () => RecordValues
}

/** "Barn" on the check-in page: one sub-form per child, added with "Legg til barn". */
export function ChildrenPart({ entries, inherited, newDefaults }: ChildrenPartProps) {
  const addRef = useRef<HTMLButtonElement>(null)
  return (
    <section aria-labelledby="barn-overskrift" className="stay-part">
      <h2 id="barn-overskrift">Barn</h2>
      <p className="field-description">
        Hvert barn som bor på senteret sammen med den voksne, får sitt eget barneskjema med egne datoer. Samtykke og tilbud følger den voksnes svar.
      </p>
      {entries.entries.map((entry, index) =>
        entry.saved ? (
          <div key={entry.key} className="saved-part">
            <p>
              Barn {index + 1} er lagret (innflyttet {formatNorwegianDate(String(entry.saved.values.stay_start_date))}).
            </p>
          </div>
        ) : (
          <ChildSubForm
            key={entry.key}
            entryKey={entry.key}
            number={index + 1}
            defaultValues={entry.defaults}
            inherited={inherited}
            handleRef={entries.handleRef(entry.key)}
            focusOnMount={entries.focusKey === entry.key}
            onRemove={() => {
              entries.remove(entry.key)
              addRef.current?.focus()
            }}
          />
        ),
      )}
      <button ref={addRef} type="button" className="button" onClick={() => entries.add(newDefaults())}>
        Legg til barn
      </button>
    </section>
  )
}
