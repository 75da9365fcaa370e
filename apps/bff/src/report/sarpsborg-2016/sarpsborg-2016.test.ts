import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../app'
import { createCentreWithAdmin } from '../../bootstrap'
import { openSqlite, type Db } from '../../db/database'
import { migrateToLatest } from '../../db/migrate'
import { defaultConfig } from '../../deps'
import { runLy } from '../../testing/cli'
import { newPostgresTestDatabase, postgresAdminUrl } from '../../testing/postgres'
import { MemoryLogger, TestClock, TestSession } from '../../testing/test-app'
import { formatMeasure, formatNumber, formatPercent } from '../format'
import { monthName } from '../labels'
import type { ReportModel, ReportTable, SectionKey } from '../model'
import { S1, SYNTHETIC } from './figures'
import { sarpsborgJsonl } from './generate'
import { FIXTURE } from './write-fixture'

/**
 * Issue 17, the proof: Sarpsborg krisesenter's published 2016 figures (S1, figures.ts), as
 * synthetic records in the committed fixture, imported with the real `pnpm ly import` into a
 * fresh database — SQLite here, PostgreSQL in the bff-postgres project — and the 2016 report
 * read from the real server. Every expected number is S1's; the few the fixture had to choose
 * where S1 is silent are named in SYNTHETIC, and sentences stating them are held to the table.
 */
const YEAR = 2016
const onPostgres = postgresAdminUrl !== undefined

describe(`Sarpsborg 2016 reproduced through pnpm ly import (${onPostgres ? 'PostgreSQL' : 'SQLite'})`, { timeout: 300_000 }, () => {
  let dir: string
  let db: Db
  let internal: ReportModel
  let shareable: ReportModel
  let imported: ReturnType<typeof runLy>

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ly-sarpsborg-'))
    copyFileSync(FIXTURE, join(dir, 'sarpsborg-2016.jsonl'))
    const clock = new TestClock()
    let env: Record<string, string> = {}
    let dbArgs: string[] = []
    if (onPostgres) {
      const pg = await newPostgresTestDatabase(postgresAdminUrl!)
      db = pg.db
      env = { LY_DATABASE_URL: pg.url }
    } else {
      db = openSqlite(join(dir, 'ly.sqlite'))
      await migrateToLatest(db)
      dbArgs = ['--db', 'ly.sqlite']
    }
    const centre = await createCentreWithAdmin(db, clock, 'Sarpsborg (syntetisk)', 'admin')
    imported = runLy(dir, ['import', 'sarpsborg-2016.jsonl', '--centre', centre.centreId, ...dbArgs], env)

    const app = createApp({ db, clock, logger: new MemoryLogger(), config: defaultConfig })
    const session = new TestSession(app)
    await session.signInAndSetPassword(centre.adminUsername, centre.adminPassword)
    const report = async (view: string) => {
      const res = await session.request('GET', `/api/report?year=${YEAR}&view=${view}`)
      if (res.status !== 200) throw new Error(`report ${view}: ${res.status}`)
      return (await res.json()) as ReportModel
    }
    internal = await report('internal')
    shareable = await report('shareable')
  }, 300_000)
  afterAll(async () => {
    if (!onPostgres) await db.destroy()
    rmSync(dir, { recursive: true, force: true })
  })

  // ---- reading the report -----------------------------------------------------------------

  const tableOf = (model: ReportModel, id: string): ReportTable => {
    const t = model.sections.flatMap((s) => s.tables).find((x) => x.id === id)
    if (!t) throw new Error(`no table ${id}`)
    return t
  }
  const cellOf = (model: ReportModel, id: string, row: string, col: string | number = YEAR) => {
    const t = tableOf(model, id)
    const ci = t.columns.findIndex((c) => c.key === String(col))
    const r = t.rows.find((x) => x.key === row)
    if (ci < 0 || !r) throw new Error(`no cell ${id} ${row} ${col}`)
    return r.cells[ci]!
  }
  /** A printed count (internal view). */
  const count = (id: string, row: string, col: string | number = YEAR) => {
    const c = cellOf(internal, id, row, col)
    expect(c.state, `${id} ${row} ${col}`).toBe('value')
    return c.value!
  }
  /** A printed share, rounded as printed: whole percent, or one decimal where S1 has one. */
  const share = (id: string, row: string, col: string | number = YEAR, decimals = 0) => {
    const c = cellOf(internal, id, row, col)
    expect(c.state, `${id} ${row} ${col}`).toBe('value')
    const f = 10 ** decimals
    return Math.round(c.percent! * f) / f
  }
  const decimalsOf = (p: number) => (Number.isInteger(p) ? 0 : 1)
  /** Each published share of a table, in its right row. */
  const expectShares = (id: string, shares: Readonly<Record<string, number>>, col: string | number = YEAR, prefix = '') => {
    for (const [row, p] of Object.entries(shares)) expect(share(id, `${prefix}${row}`, col, decimalsOf(p)), `${id} ${prefix}${row}`).toBe(p)
  }
  const months = (id: string, col: string | number) => Array.from({ length: 12 }, (_, i) => count(id, `m${i + 1}`, col))
  /** Months (1–12) by their number, largest first; ties in calendar order. */
  const ranked = (values: number[]) =>
    values
      .map((v, i) => ({ m: i + 1, v }))
      .sort((a, b) => b.v - a.v || a.m - b.m)
      .map((x) => x.m)
  const sentences = (model: ReportModel, key: SectionKey) => model.sections.find((s) => s.key === key)!.sentences
  /** The sentences of a section that state a number: all of them must be the expected ones. */
  const numeric = (key: SectionKey) => sentences(internal, key).filter((s) => /\d/.test(s))
  const pct = (p: number) => formatPercent(p)
  const num = (v: number) => formatNumber(v)

  // ---- the fixture and the import ------------------------------------------------------------

  it('the committed fixture is what the script writes from figures.ts, with no case codes', () => {
    const text = readFileSync(FIXTURE, 'utf8')
    expect(text).toBe(sarpsborgJsonl())
    expect(text).not.toMatch(/case_code/)
  })

  it('pnpm ly import reads the whole file', () => {
    expect(imported.stderr).toBe('')
    expect(imported.status).toBe(0)
    const lines = readFileSync(FIXTURE, 'utf8').trim().split('\n').length
    expect(imported.stdout).toMatch(new RegExp(`^Importerte ${lines} registreringer til Sarpsborg \\(syntetisk\\): `))
  })

  // ---- the tables ----------------------------------------------------------------------------

  it('Figur 4: women, men, children and the total of every year 2010–2016 (S1:227-235)', () => {
    for (const year of [2010, 2011, 2012, 2013, 2014, 2015, 2016] as const) {
      expect(count('fig-04', 'women', year), `women ${year}`).toBe(S1.residents.women.value[year])
      expect(count('fig-04', 'men', year), `men ${year}`).toBe(S1.residents.men.value[year])
      expect(count('fig-04', 'children', year), `children ${year}`).toBe(S1.residents.children.value[year])
      expect(count('fig-04', 'total', year), `total ${year}`).toBe(S1.residents.total.value[year])
    }
    expect(count('fig-04', 'adults')).toBe(S1.residents.adults2016.value)
    expect(count('tab-residential-stays', 'rosa')).toBe(S1.rosa.value)
    for (const [k, v] of Object.entries(S1.previousStaysAdults.value)) expect(count('tab-adults-previous-stays', k === '4' ? '4_or_more' : k)).toBe(v)
  })

  it('the adults’ profile: age, relation, parents born abroad, perpetrators, children, income (S1:249-407)', () => {
    expectShares('fig-05', S1.adultAge.value)
    for (const year of [2014, 2015, 2016] as const) expect(share('tab-adults-brought-children', 'yes', year)).toBe(S1.broughtChildren.value[year])
    expect(share('fig-06', 'parents_stepparents')).toBe(S1.parentsStepparents.value)
    // S1 adds partner, former partner and boyfriend/girlfriend up (S1:272); each adult here names one.
    const partners = ['current_spouse_cohabitant', 'former_spouse_cohabitant', 'boyfriend_girlfriend'].reduce((a, r) => a + count('fig-06', r), 0)
    expect(formatPercent((partners / count('fig-06', 'n')) * 100)).toBe(pct(S1.partnersCombined.value))
    expect(share('fig-07', '1.both')).toBe(S1.parentsAbroadBoth.value[2016])
    expect(share('fig-07', '1.both', 2015)).toBe(S1.parentsAbroadBoth.value[2015])
    expect(share('fig-07', '1.one')).toBe(S1.parentsAbroadOne2016.value)
    expect(share('fig-07', '2.both')).toBeLessThan(share('fig-07', '1.both')) // S1:307-313
    expectShares('tab-adults-perpetrator-sex', S1.perpetratorSex.value)
    expectShares('fig-12', S1.workIncome.value)
  })

  it('Figur 8, 9 and 10 with S1’s decimals and the N they imply (S1:328-382; data-dictionary A5, A6, R4)', () => {
    expectShares('fig-08', S1.violenceTypes.value)
    expect(count('fig-08', 'n')).toBe(S1.violenceTypesN.value)
    expectShares('fig-09', S1.violenceDuration.value)
    expect(count('fig-09', 'n')).toBe(S1.violenceDurationN.value)
    expectShares('fig-10', S1.contactRoute.value)
    expect(count('fig-10', 'n')).toBe(S1.contactRouteN.value)
    for (const none of S1.contactRouteNone.value) expect(count('fig-10', none), none).toBe(0)
    // Contact established during the stay: the five S1 names lead (S1:385-388).
    const during = tableOf(internal, 'fig-11').rows.filter((r) => r.key.startsWith('2.') && r.kind === 'category')
    const top = during
      .map((r) => ({ key: r.key.slice(2), v: count('fig-11', r.key) }))
      .sort((a, b) => b.v - a.v)
      .slice(0, 5)
      .map((x) => x.key)
    expect(new Set(top)).toEqual(new Set(S1.agenciesMostHelped.value))
  })

  it('where the adults went and whether they reported it (S1:411-455)', () => {
    expectShares('fig-13', S1.destination.value)
    expect(formatPercent(share('fig-13', 'own_home_without_perpetrator') + share('fig-13', 'new_other_home'))).toBe(pct(S1.destinationOwnOrNew.value))
    const destinations = tableOf(internal, 'fig-13')
      .rows.filter((r) => r.kind === 'category')
      .map((r) => count('fig-13', r.key))
    expect(Math.max(...destinations)).toBe(count('fig-13', 'own_home_without_perpetrator')) // «det høyeste antall» (S1:411)
    // S1's shares here are of every stay, the undecided included («til sammen 28%»).
    const stays = S1.residents.adults2016.value
    const reported = ['reported_by_self', 'public_prosecution', 'reported_by_others'].reduce((a, r) => a + count('fig-14', r), 0)
    expect(formatPercent((reported / stays) * 100)).toBe(pct(S1.policeReported.value))
    const notWanting = (count('fig-14', 'does_not_want_to_report') / stays) * 100
    expect(notWanting).toBeGreaterThanOrEqual(S1.policeNotWantingRange.value[0])
    expect(notWanting).toBeLessThanOrEqual(S1.policeNotWantingRange.value[1])
  })

  it('the children (S1:473-637)', () => {
    expect(share('fig-15', '0_2')).toBe(S1.childAge0to2.value)
    expect(formatPercent(((count('fig-15', '0_2') + count('fig-15', '3_5')) / count('fig-15', 'n')) * 100)).toBe(pct(S1.childUnderSchoolAge.value))
    for (const [k, v] of Object.entries(S1.previousStaysChildren.value)) expect(count('tab-children-previous-stays', k === '3' ? '3_or_more' : k)).toBe(v)
    expectShares('tab-children-parents-abroad', S1.childParentsAbroad.value)
    // Father and stepfather together (S1:519), each child here with one of them at most.
    expect(formatPercent(share('fig-16', 'father') + share('fig-16', 'stepfather'))).toBe(pct(S1.childRelation.value.fatherOrStepfather))
    expect(share('fig-16', 'grandparents')).toBe(S1.childRelation.value.grandparents)
    expect(share('fig-16', 'unknown_persons')).toBe(S1.childRelation.value.unknown_persons)
    expect(share('fig-17', 'yes')).toBe(S1.childContactWithPerpetrator.value)
    expectShares('fig-18', S1.childDaycare.value)
    expectShares('fig-19', S1.childContinued.value)
    const leisure = share('tab-children-leisure', '1.yes')
    expect(leisure).toBeGreaterThanOrEqual(S1.childLeisureRange.value[0])
    expect(leisure).toBeLessThanOrEqual(S1.childLeisureRange.value[1])
    expect(Math.abs(share('tab-children-leisure', '2.continued') + share('tab-children-leisure', '2.partly') - S1.childLeisureContinuing.value)).toBeLessThanOrEqual(10) // «ca 80%»
    expectShares('fig-20', S1.childDestination.value)
    for (const year of [2014, 2015, 2016] as const) {
      expect(share('tab-children-child-welfare', '1.yes', year), `concern ${year}`).toBe(S1.concernReport.value[year])
      expect(share('tab-children-child-welfare', '2.yes', year), `already ${year}`).toBe(S1.childWelfareAlready.value[year])
    }
  })

  it('nights, months, New Year and the moves (S1:638-713)', () => {
    const n = S1.nights.value
    expect([count('fig-21', 'women'), count('fig-21', 'men'), count('fig-21', 'children'), count('fig-21', 'total')]).toEqual([n.women, n.men, n.children, n.total])
    const nights = months('fig-22', 'nights')
    expect(new Set(ranked(nights).slice(0, 2))).toEqual(new Set(S1.nightsPeakMonths.value))
    expect(new Set(ranked(nights).slice(-2))).toEqual(new Set(S1.nightsFewestMonths.value))
    // «flest overnattingsdøgn mellom mai og oktober» (S1:663-665)
    expect(Math.min(...nights.slice(4, 10))).toBeGreaterThan(Math.max(...nights.slice(0, 4), ...nights.slice(10)))
    expect(count('tab-nights-stay-length', 'new_year')).toBe(S1.atNewYear.value.adults + S1.atNewYear.value.children)
    expect(count('fig-23', 'total', 'adult_out_new_year')).toBe(S1.atNewYear.value.adults)
    expect(count('fig-23', 'total', 'child_out_new_year')).toBe(S1.atNewYear.value.children)
    // More move in than out as the year goes on, fewer again at Christmas (S1:689-693).
    const ins = months('fig-23', 'adult_in')
    const outs = months('fig-23', 'adult_out')
    let living = 0
    ins.forEach((v, i) => {
      living += v - outs[i]!
      expect(living, `month ${i + 1}`).toBeGreaterThanOrEqual(0)
    })
    expect(outs[11]).toBeGreaterThan(ins[11]!)
    const childNights = months('fig-24', YEAR)
    expect(new Set(ranked(childNights).slice(0, 2))).toEqual(new Set(S1.childNightsPeakMonths.value))
    expect(childNights[11]).toBeGreaterThan(childNights[10]!) // «en liten stigning igjen på slutten av året» (S1:699-701)
  })

  it('the duty phone (S1:59-154)', () => {
    expect(count('tab-phone-volume', 'calls')).toBe(S1.calls.value)
    expect(count('tab-phone-volume', 'crisis')).toBe(Math.round(S1.calls.value * S1.crisisShare.value))
    expectShares('fig-01', S1.callerType.value)
    expect(share('tab-phone-details', '1.yes')).toBe(S1.onBehalfOfSelf.value)
    expect(share('tab-phone-details', '2.yes')).toBe(S1.minorityLanguage.value)
    expectShares('fig-02', S1.callReason.value)
    const all = months('fig-03', 'all')
    expect(ranked(all)[0]).toBe(S1.callsPeakMonth.value)
    for (const m of S1.callsOtherPeaks.value) expect(all[m - 1], `peak ${m}`).toBeGreaterThan(Math.max(all[(m + 10) % 12]!, all[m % 12]!))
    const crisis = months('fig-03', 'crisis')
    expect(ranked(crisis)[0]).toBe(S1.crisisPeakMonth.value)
    for (const m of S1.crisisOtherPeaks.value) expect(crisis[m - 1], `peak ${m}`).toBeGreaterThan(Math.max(crisis[m - 2]!, crisis[m]!))
    expect(new Set(ranked(crisis).slice(-2))).toEqual(new Set(S1.crisisFewestMonths.value))
  })

  it('the day conversations (S1:762-903)', () => {
    expect(count('tab-conv-volume', 'visits')).toBe(S1.dayConversations.value)
    expect(count('tab-conv-volume', 'consent_yes')).toBe(S1.dayConversationsConsenting.value)
    expect(count('tab-conv-volume', 'consent_no')).toBe(S1.dayConversations.value - S1.dayConversationsConsenting.value)
    expect(count('tab-conv-volume', 'users')).toBe(SYNTHETIC.dayUsers)
    expectShares('tab-conv-prior', S1.dayUserPriorContact.value, YEAR, '1.')
    expectShares('tab-conv-prior', S1.dayUserPreviousStays.value, YEAR, '2.')
    expectShares('tab-conv-profile', S1.dayUserSex.value, YEAR, '1.')
    expect(share('tab-conv-profile', '3.yes')).toBe(S1.dayUserChildrenAtHome.value)
    // S1's ages and «hadde med seg barn» are of every day user (S1:799, 804-806).
    const users = SYNTHETIC.dayUsers
    for (const [band, p] of Object.entries(S1.dayUserAge.value)) expect(formatPercent((count('tab-conv-profile', `2.${band}`) / users) * 100), band).toBe(pct(p))
    expect(formatPercent((count('tab-conv-profile', '4.yes') / users) * 100)).toBe(pct(S1.dayUserBroughtChildren.value))
    expect(share('tab-conv-immigrant', 'both')).toBe(S1.dayUserParentsAbroad.value)
    expectShares('fig-25', S1.dayUserMunicipality.value)
    expectShares('fig-26', S1.dayUserContactRoute.value)
    expectShares('fig-27', S1.dayUserViolence.value)
    expectShares('fig-28', S1.dayUserWork.value)
    expect(Math.abs(share('fig-28', 'full_time_work') + share('fig-28', 'part_time_work') - S1.dayUserWorking.value)).toBeLessThanOrEqual(1) // «ca 50%»
    expectShares('tab-conv-relation', S1.dayUserRelation.value)
    expectShares('fig-29', S1.dayUserPerpetratorSex.value)
    expectShares('fig-30', S1.dayUserPerpetratorCount.value)
    const visits = months('fig-31', 'visits')
    expect(new Set(ranked(visits).slice(0, 2))).toEqual(new Set(S1.dayVisitsPeakMonths.value))
    expect(new Set(ranked(visits).slice(-2))).toEqual(new Set(S1.dayVisitsFewestMonths.value))
  })

  it('the consent table: every adult’s stay with consent (S1:19-23) and 102 of 106 conversations (S1:762)', () => {
    expect(count('tab-consent', 'yes')).toBe(S1.residents.adults2016.value + S1.dayConversationsConsenting.value)
    expect(count('tab-consent', 'total')).toBe(S1.residents.adults2016.value + S1.dayConversations.value)
  })

  // ---- the sentences -----------------------------------------------------------------------

  it('every generated sentence that states a number states S1’s', () => {
    const r = { total: S1.residents.total.value }
    const women = S1.residents.women.value
    const children = S1.residents.children.value
    const adults = S1.residents.adults2016.value
    const calls = S1.calls.value
    const crisis = Math.round(calls * S1.crisisShare.value)
    const increase = (now: number, before: number, noun: string) =>
      `Det er ${num(now - before)} flere ${noun} enn i ${YEAR - 1} (${num(before)}), en økning på ${pct(((now - before) / before) * 100)}.`
    const consenting = adults + S1.dayConversationsConsenting.value
    const registered = adults + S1.dayConversations.value
    const nothingBefore = `Ingen registreringer i ${YEAR - 1} å sammenligne med.`

    expect(numeric('about')).toEqual([
      `Av ${num(registered)} registreringer i ${YEAR} hadde ${num(consenting)} samtykke til statistikk (${pct((consenting / registered) * 100)}).`,
      'Andeler er regnet av dem som har svart på spørsmålet, og antallet som har svart (N) står i hver tabell. Ved flervalg kan andelene til sammen bli mer enn 100 %.',
    ])
    expect(numeric('phone')).toEqual([
      `I ${YEAR} kom det ${num(calls)} samtaler inn på vakttelefonen som gjaldt vold i nære relasjoner eller krisesenterets tjenester.`,
      nothingBefore,
      `Flest samtaler kom fra kvinne (privatperson) (${pct(S1.callerType.value.woman_private)}).`,
      `${pct((crisis / calls) * 100)} av de innkomne samtalene (${num(crisis)} av ${num(calls)}) var krisetelefoner.`,
    ])
    expect(numeric('residential')).toEqual([
      `I ${YEAR} bodde ${num(r.total[2016])} personer på krisesenteret: ${num(adults)} voksne og ${num(children[2016])} barn.`,
      increase(r.total[2016], r.total[2015], 'personer'),
      `Av de voksne var ${num(women[2016])} kvinner og ${num(S1.residents.men.value[2016])} menn.`,
      // S1 counts persons, not stays: the fixture gives each adult one stay.
      `De voksne hadde til sammen ${num(adults)} opphold med minst én natt i ${YEAR}.`,
    ])
    expect(numeric('adults')).toEqual([
      `Den største aldersgruppen blant de voksne beboerne var 30–39 år (${pct(S1.adultAge.value['30_39'])}).`,
      `Den vanligste årsaken til oppholdet var psykisk vold (${pct(S1.violenceTypes.value.psychological)}), fulgt av trusler (${pct(S1.violenceTypes.value.threats)}).`,
      `Den vanligste varigheten på volden var «Pågått 1-4 år» (${pct(S1.violenceDuration.value.one_to_four_years)}).`,
      `${pct(S1.parentsAbroadBoth.value[2016])} av beboerne hadde begge foreldre født utenfor Norge, −${S1.parentsAbroadBoth.value[2015] - S1.parentsAbroadBoth.value[2016]} prosentpoeng fra ${YEAR - 1}.`,
      `${pct(S1.broughtChildren.value[2016])} av de voksne beboerne hadde med seg barn til krisesenteret.`,
    ])
    expect(numeric('children')).toEqual([
      `${num(children[2016])} barn bodde på krisesenteret i ${YEAR}. Barn med mange søsken kan gi store utslag i andelene.`,
      increase(children[2016], children[2015], 'barn'),
      `Den største aldersgruppen var 0–2 år (${pct(S1.childAge0to2.value)}).`,
      `${pct(S1.childContactWithPerpetrator.value)} av barna hadde samvær med voldsutøver under oppholdet.`,
      `Krisesenteret sendte bekymringsmelding til barnevernet for ${pct(S1.concernReport.value[2016])} av barna.`,
    ])
    // S1 prints no 2015 nights (Figur 21's numbers did not survive, data-dictionary §5.2), no month
    // counts and no mean stay: those numbers must be the ones the tables beside them print.
    const nights2015 = count('fig-21', 'total', 2015)
    const peak = ranked(months('fig-22', 'nights'))[0]!
    expect(S1.nightsPeakMonths.value).toContain(peak)
    const change = S1.nights.value.total - nights2015
    expect(numeric('nights')).toEqual([
      `Det var ${num(S1.nights.value.total)} overnattingsdøgn på krisesenteret i ${YEAR}.`,
      `Det er ${num(Math.abs(change))} ${change > 0 ? 'flere' : 'færre'} overnattingsdøgn enn i ${YEAR - 1} (${num(nights2015)}), en ${change > 0 ? 'økning' : 'nedgang'} på ${pct((Math.abs(change) / nights2015) * 100)}.`,
      `Flest bodøgn var det i ${monthName(peak)} (${num(count('fig-22', `m${peak}`, 'nights'))}).`,
      `Opphold som ble avsluttet i ${YEAR}, varte i gjennomsnitt ${formatMeasure(count('tab-nights-stay-length', 'mean_stay'))} døgn.`,
    ])
    const visitPeak = ranked(months('fig-31', 'visits'))[0]!
    expect(S1.dayVisitsPeakMonths.value).toContain(visitPeak)
    expect(numeric('conversations')).toEqual([
      `Det ble registrert ${num(S1.dayConversations.value)} dagsamtaler i ${YEAR}, og brukeren godkjente registrering i ${num(S1.dayConversationsConsenting.value)} av dem (${pct((S1.dayConversationsConsenting.value / S1.dayConversations.value) * 100)}).`,
      nothingBefore,
      `${num(SYNTHETIC.dayUsers)} personer brukte samtaletilbudet. Flere personer har hatt flere samtaler.`,
      `Flest samtaler var det i ${monthName(visitPeak)} (${num(count('fig-31', `m${visitPeak}`, 'visits'))}).`,
      `Den vanligste årsaken til henvendelsen var psykisk vold (${pct(S1.dayUserViolence.value.psychological)}).`,
    ])
  })

  // ---- the shareable view ------------------------------------------------------------------

  it('the shareable view still hides every count from 1 to the threshold, and no sentence tells one', () => {
    const threshold = shareable.threshold
    expect(threshold).toBeGreaterThanOrEqual(1)
    let hidden = 0
    for (const section of internal.sections) {
      for (const t of section.tables) {
        t.rows.forEach((row, ri) => {
          if (row.kind === 'measure') return
          row.cells.forEach((c, ci) => {
            if (c.state !== 'value' || c.value === null || c.value < 1 || c.value > threshold) return
            hidden++
            expect(tableOf(shareable, t.id).rows[ri]!.cells[ci]!.state, `${t.id} ${row.key} ${t.columns[ci]!.key}`).toBe('suppressed')
          })
        })
      }
    }
    expect(hidden).toBeGreaterThan(0)
    // Two men (S1:223) and their 29 nights: hidden, and not told by the sentences.
    expect(cellOf(shareable, 'fig-04', 'men').state).toBe('suppressed')
    expect(cellOf(shareable, 'fig-21', 'men').state).toBe('suppressed')
    const residential = sentences(shareable, 'residential').join(' ')
    expect(residential).not.toMatch(/menn/)
    expect(residential).toContain(`${num(S1.residents.total.value[2016])} personer`)
  })
})
