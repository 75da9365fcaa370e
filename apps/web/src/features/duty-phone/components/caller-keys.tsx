import { ADMINISTRATIVE_KEY, type CallerKey } from '../lib/shortcuts'

interface CallerKeysProps {
  keys: readonly CallerKey[]
  shortcutsOn: boolean
  onRegister: (key: CallerKey | null) => void
}

/**
 * One button per caller category: a click, or its digit, registers the call at once. The digit
 * is part of the button's name and of aria-keyshortcuts, so everyone learns the same keys.
 */
export function CallerKeys({ keys, shortcutsOn, onRegister }: CallerKeysProps) {
  const shortcut = (digit: string | undefined) => (shortcutsOn && digit ? digit : undefined)
  return (
    <section aria-labelledby="hvem-ringte" className="panel duty-keys">
      <h2 id="hvem-ringte">Hvem ringte?</h2>
      <p className="field-description" id="hvem-ringte-hjelp">
        {shortcutsOn
          ? 'Trykk tallet (eller knappen) for den som ringte. Samtalen registreres med en gang; detaljer kan legges til etterpå.'
          : 'Trykk knappen for den som ringte. Samtalen registreres med en gang; detaljer kan legges til etterpå.'}
      </p>
      <ul className="duty-key-list" aria-describedby="hvem-ringte-hjelp">
        {keys.map((k) => (
          <li key={k.key}>
            <button type="button" className="button duty-key" aria-keyshortcuts={shortcut(k.shortcut)} onClick={() => onRegister(k)} title={k.help}>
              {shortcut(k.shortcut) ? <kbd>{k.shortcut}</kbd> : null} <span>{k.label}</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="button duty-key duty-key-quiet" aria-keyshortcuts={shortcut(ADMINISTRATIVE_KEY)} onClick={() => onRegister(null)}>
            {shortcutsOn ? <kbd>{ADMINISTRATIVE_KEY}</kbd> : null} <span>Administrativ henvendelse (telles ikke)</span>
          </button>
        </li>
      </ul>
    </section>
  )
}
