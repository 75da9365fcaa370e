import { adultStayForm, centreYearForm, childStayForm, offerKeys, type FormDef } from '@ly/forms'
import { fullEpisodes, occupancySeries } from '../statistics/occupancy'
import { asOfFor } from '../statistics/stays'
import type { GeneratedRecord } from './generate-year'
import type { Random } from './random'

/** A busy centre is about four fifths full on an average night [inferred: S3:1685-1706]. */
const MEAN_OCCUPANCY = 0.8

/**
 * The demo centre's annual form for each offer of a year, with only what the capacity figures
 * need (issue 22): the places, chosen from the invented stays so that the house is about 80 %
 * full on average and — as S3:1713-1759 reports of most centres — full now and then; and whether
 * it was full, answered from those same nights. Everything else on the annual form is left for
 * the leader to fill in, as in a real first year.
 */
export function demoCentreYears(records: readonly GeneratedRecord[], year: number, today: string, now: Date, ids: Random): GeneratedRecord[] {
  const asOf = asOfFor(year, today)
  const nowIso = now.toISOString()
  return offerKeys.flatMap((offer): GeneratedRecord[] => {
    const stays = records
      .filter((r) => (r.form === adultStayForm || r.form === childStayForm) && r.values.offer === offer)
      .map((r) => ({ start: String(r.values.stay_start_date), end: (r.values.stay_end_date as string | null) ?? null }))
    const series = occupancySeries(stays, `${year}-01-01`, `${year + 1}-01-01`, asOf, null)
    if (series.occupied.length === 0) return []
    const mean = series.occupied.reduce((a, b) => a + b, 0) / series.occupied.length
    const places = Math.max(1, Math.round(mean / MEAN_OCCUPANCY))
    const episodes = fullEpisodes({ ...series, places })
    const form: FormDef = centreYearForm
    const stamp = year === Number(today.slice(0, 4)) ? nowIso : `${year + 1}-01-15T10:00:00.000Z`
    return [
      {
        form,
        id: ids.uuid(),
        parentId: null,
        values: { offer, report_year: year, fixed_beds: places, residential_offer_full: episodes === 0 ? 'no' : episodes === 1 ? 'yes_once' : 'yes_several' },
        createdAt: stamp,
        updatedAt: stamp,
      },
    ]
  })
}
