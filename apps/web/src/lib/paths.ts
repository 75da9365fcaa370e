/** Every route path of the SPA. Links, redirects and the route table all read from here. */
export const paths = {
  home: '/',
  signIn: '/logg-inn',
  changePassword: '/bytt-passord',
  totp: '/tofaktor',
  audit: '/logg',
  yearLocks: '/arslas',
  /** Kvalitetskontroll (?ar=ÅÅÅÅ). */
  quality: '/kvalitetskontroll',
  adminSecurity: '/admin/sikkerhet',
  adminUsers: '/admin/brukere',
  statistics: '/statistikk',
  report: '/rapport',
  /** The annual centre form (?year=&offer=). */
  centreYear: '/arsskjema',
  adminCallerCategories: '/admin/hvem-ringte',
  /** The crisis centres a turned-away request is referred to (the centre's own list). */
  adminReferralCentres: '/admin/krisesentre',
  dutyPhone: '/vakttelefon',
  dayVisits: '/dagbesok',
  newDayVisit: '/dagbesok/ny',
  /** With generatePath(paths.dayVisit, { id }). */
  dayVisit: '/dagbesok/:id',
  occupancy: '/na-pa-senteret',
  stays: '/opphold',
  newStay: '/opphold/ny',
  /** With generatePath(paths.stay, { id }); the adult's stay and its children. */
  stay: '/opphold/:id',
  stayCheckOut: '/opphold/:id/utflytting',
  newChildStay: '/opphold/:id/barn/ny',
  childStay: '/opphold/:id/barn/:childId',
  childStayCheckOut: '/opphold/:id/barn/:childId/utflytting',
  /** «Avviste henvendelser» (turned_away): the list, a new one (?offer=) and one (generatePath). */
  turnedAway: '/avviste-henvendelser',
  newTurnedAway: '/avviste-henvendelser/ny',
  turnedAwayRequest: '/avviste-henvendelser/:id',
  /** «Ledige plasser»: the centre's free places, sharing, and the sharing centres' (issue 22 §3). */
  freePlaces: '/ledige-plasser',
  /** The administrator's access tokens for the free-places feed. */
  capacityTokens: '/admin/tilganger',
  phoneSessions: '/telefonsamtaler',
  newPhoneSession: '/telefonsamtaler/ny',
  /** With generatePath(paths.phoneSession, { id }). */
  phoneSession: '/telefonsamtaler/:id',
  /** The duty phone's log of incoming calls, and one call in it (generatePath). */
  callLog: '/vakttelefon/logg',
  callLogEntry: '/vakttelefon/logg/:id',
} as const
