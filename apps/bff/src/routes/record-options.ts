import type { RecordValues } from '@ly/forms'
import type { Db } from '../db/database'

/**
 * What a form adds to the generic record routes: facts to show beside its records. The rules
 * of writing (the parent link, the rules across records) are the records service's
 * (records/service.ts), the same for the API and the import.
 */
export interface RecordRouteOptions<D, R = never> {
  /** Read-only facts sent with every record (a stay's nights and missing answers). */
  derive?: (values: RecordValues, today: string) => D
  /**
   * Facts from other records (an adult's stay: how many children), sent as `related` with each
   * row of a list. Given a page's ids at once, so it reads them in one query, not one per row;
   * the answer must cover every id.
   */
  related?: (db: Db, centreId: string, ids: readonly string[]) => Promise<(id: string) => R>
}
