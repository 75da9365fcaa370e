import { offerOptions } from '@ly/forms'

export type Offer = (typeof offerOptions)[number]['key']
export const OFFERS = offerOptions.map((o) => o.key)

interface ScreenSettingsProps {
  offer: Offer
  onOffer: (offer: Offer) => void
  shortcutsOn: boolean
  onShortcuts: (on: boolean) => void
}

/** Settings of this screen, kept on this computer: which offer new calls go to, and the keys. */
export function ScreenSettings({ offer, onOffer, shortcutsOn, onShortcuts }: ScreenSettingsProps) {
  return (
    <div className="duty-settings">
      <fieldset className="field">
        <legend>Nye samtaler registreres på</legend>
        <div className="duty-detail-choices">
          {offerOptions.map((o) => (
            <div key={o.key} className="duty-choice">
              <input type="radio" id={`tilbud-${o.key}`} name="tilbud" checked={offer === o.key} onChange={() => onOffer(o.key)} />
              <label htmlFor={`tilbud-${o.key}`}>{o.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="duty-choice">
        <input type="checkbox" id="hurtigtaster" checked={shortcutsOn} onChange={(e) => onShortcuts(e.target.checked)} />
        <label htmlFor="hurtigtaster">Bruk hurtigtaster (tallene 0–9, og Ctrl+Z for å angre)</label>
      </div>
    </div>
  )
}
