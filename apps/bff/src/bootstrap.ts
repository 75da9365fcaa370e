import { generatePassword, hashPassword } from './auth/password'
import type { Clock } from './clock'
import { recordAudit } from './db/audit'
import { countCentres, insertCentre } from './db/centres'
import type { Db } from './db/database'
import { insertUser } from './db/users'

export interface CreatedCentre {
  centreId: string
  centreName: string
  adminUsername: string
  /** Shown once; only its argon2id hash is stored, and it must be changed at first sign-in. */
  adminPassword: string
}

/** Creates a centre with its first administrator, in one transaction. */
export async function createCentreWithAdmin(db: Db, clock: Clock, centreName: string, adminUsername: string): Promise<CreatedCentre> {
  const adminPassword = generatePassword()
  const passwordHash = await hashPassword(adminPassword)
  const now = clock.now()
  return db.transaction().execute(async (trx) => {
    const centre = await insertCentre(trx, centreName, now)
    const userId = await insertUser(trx, { centreId: centre.id, username: adminUsername, role: 'admin', passwordHash, mustChangePassword: true }, now)
    await recordAudit(trx, { centreId: centre.id, actorUserId: null, action: 'centre.created', targetKind: 'centre', targetId: centre.id }, now)
    await recordAudit(trx, { centreId: centre.id, actorUserId: null, action: 'user.created', targetKind: 'user', targetId: userId, details: { role: 'admin' } }, now)
    return { centreId: centre.id, centreName: centre.name, adminUsername, adminPassword }
  })
}

export const DEMO_CENTRE_NAME = 'Demosenteret'

/** On the very first start (no centre yet) a demo centre and its administrator are created. */
export async function ensureFirstCentre(db: Db, clock: Clock): Promise<CreatedCentre | null> {
  if ((await countCentres(db)) > 0) return null
  return createCentreWithAdmin(db, clock, DEMO_CENTRE_NAME, 'admin')
}

export const formatCredentials = (created: CreatedCentre): string =>
  credentialsNotice(`Ly: senteret «${created.centreName}» er opprettet.`, created.adminUsername, created.adminPassword)

/** A one-time password for the person at the terminal, framed so it is not missed in a log. */
export function credentialsNotice(heading: string, username: string, password: string, notes: readonly string[] = []): string {
  return [
    '',
    '================================================================',
    ` ${heading}`,
    ` Logg inn med brukernavn: ${username}`,
    ` Engangspassord:          ${password}`,
    ' Passordet vises bare denne ene gangen, og må byttes ved første innlogging.',
    ...notes.map((note) => ` ${note}`),
    '================================================================',
    '',
  ].join('\n')
}
