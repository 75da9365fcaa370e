import { formByKey, osloToday, type FieldDef, type FormDef } from '@ly/forms'
import type { Db } from '../../db/database'
import { booleanShare } from '../../statistics/aggregate'
import { breakdown } from '../../statistics/breakdown'
import { computeStatistics } from '../../statistics/engine'
import { loadRecords, type LoadedRecord } from '../../statistics/load'
import { consenting, personRecords } from '../../statistics/persons'
import { asOfFor, staysInYear } from '../../statistics/stays'
import { yearPeriod } from '../../statistics/period'
import type { Indicator } from '../../statistics/types'
import { buildTable } from '../build-model'
import { formFirstYears, type ReportData } from '../data'
import type { BuiltTable } from '../disclosure-types'
import { indicator, type TableSpec } from '../spec/types'
import { NATIONAL_FORMS } from './records'

const volumes: TableSpec = {
  kind: 'counts',
  id: 'nat-volumes',
  figure: null,
  caption: 'Antall personer, opphold, besøk, samtaler og bodøgn {years}',
  unit: 'Personer telles én gang i året; hendelser (opphold, besøk, samtaler, bodøgn) hver gang',
  form: null,
  years: 1,
  items: [
    { key: 'adults', label: 'Voksne beboere', source: indicator('R-01'), part: 'value' },
    { key: 'children', label: 'Barn', source: indicator('R-02'), part: 'value' },
    { key: 'stays', label: 'Opphold, voksne', source: indicator('R-04'), part: 'value' },
    { key: 'child_stays', label: 'Opphold, barn', source: indicator('R-05'), part: 'value' },
    { key: 'nights', label: 'Bodøgn', source: indicator('R-06'), part: 'value' },
    { key: 'day_users', label: 'Dagbrukere', source: indicator('D-01'), part: 'value' },
    { key: 'day_visits', label: 'Dagsbesøk', source: indicator('D-02'), part: 'value' },
    { key: 'phone_sessions', label: 'Enesamtaler på telefon', source: indicator('P-01'), part: 'value' },
    { key: 'phone_users', label: 'Telefonbrukere', source: indicator('P-03'), part: 'value' },
  ],
}

const ages: TableSpec = {
  kind: 'distribution',
  id: 'nat-ages',
  figure: null,
  caption: 'Alder {years}',
  unit: 'Personer (første registrering i året) som har svart',
  form: null,
  years: 1,
  groups: [
    { source: indicator('B-03'), field: 'adult_stay.age', label: 'Voksne beboere' },
    { source: indicator('C-01'), field: 'child_stay.age', label: 'Barn' },
    { source: indicator('D-10'), field: 'day_visit.age', label: 'Dagbrukere' },
  ],
}

/** Questions with answer categories, except the bare event's own (consent, offer, first in year). */
const tabulated = (form: FormDef, field: FieldDef) =>
  (field.kind === 'single' || field.kind === 'multi' || (field.kind === 'boolean' && !field.confirmation)) && !field.bare && field.key !== form.firstInYearField

/**
 * Every answer of every national form as a table in the shape of the national statistics
 * (category, count, share, N): persons by their first registration of the year, and the
 * end-of-stay answers over stays (decision 6), before suppression: the year's release
 * (release.ts) suppresses them together with the report and the record-level file.
 */
export async function nationalAggregateBuilt(db: Db, centreId: string, year: number, today = osloToday(new Date())): Promise<BuiltTable[]> {
  const scope = { centreId, year, offer: 'all' as const, today }
  const asOf = asOfFor(year, today)
  const indicators: Record<string, Indicator> = { ...(await computeStatistics(db, scope)).indicators }
  const specs: TableSpec[] = [volumes, ages]
  for (const key of NATIONAL_FORMS) {
    const form = formByKey(key)!
    let records: LoadedRecord[] = await loadRecords(db, form, scope)
    if (form.endDateField) records = staysInYear(form, records, year, asOf)
    const persons = form.firstInYearField ? personRecords(form, records, year) : consenting(form, records)
    for (const section of form.sections) {
      const population = form.firstInYearField && section.phase !== 'check_out' ? 'persons' : 'events'
      for (const field of section.fields.filter((f) => tabulated(form, f))) {
        const id = `${form.key}.${field.key}`
        indicators[id] =
          field.kind === 'boolean'
            ? booleanShare(form, population === 'persons' ? persons : consenting(form, records), field.key, 'persons')
            : breakdown(form, records, field.key, null, population, yearPeriod(year), asOf).total
        specs.push({
          kind: 'distribution',
          id: `nat-${form.key}-${field.key}`,
          figure: null,
          caption: `${form.title}: ${field.label} {years}`,
          unit:
            population === 'persons'
              ? 'Personer (første registrering i året) som har svart'
              : `${form.unit.plural[0]!.toUpperCase()}${form.unit.plural.slice(1)} med samtykke som har svart`,
          form: key,
          years: 1,
          groups: [{ source: indicator(id), field: id }],
        })
      }
    }
  }
  const data: ReportData = {
    year,
    firstYear: year,
    formFirstYear: await formFirstYears(db, centreId),
    registered: new Map(),
    indicators: new Map([[year, indicators]]),
    centreOptions: new Map(),
  }
  return specs.map((spec) => buildTable(data, spec))
}
