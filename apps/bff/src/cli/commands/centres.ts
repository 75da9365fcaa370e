import { parseArgs } from 'node:util'
import { recoverAdmin, RecoveryRefused } from '../../auth/recover-admin'
import { createCentreWithAdmin, credentialsNotice, formatCredentials } from '../../bootstrap'
import { systemClock } from '../../clock'
import { listCentres } from '../../db/centres'
import { isUniqueViolation } from '../../db/dialect'
import { CliError, requireCentre, withDb } from '../db'

export async function createCentreCommand(args: string[]) {
  const { values } = parseArgs({ args, options: { name: { type: 'string' }, admin: { type: 'string' }, db: { type: 'string' } } })
  const name = values.name?.trim()
  if (!name) throw new CliError('Mangler --name: navnet på senteret.')
  // Sign-in names are unique across the installation, so each centre's first admin differs.
  const slug = name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
  await withDb(values.db, async (db) => {
    try {
      const created = await createCentreWithAdmin(db, systemClock, name, (values.admin ?? `admin-${slug}`).toLowerCase())
      process.stdout.write(formatCredentials(created))
      process.stdout.write(`Senter-id: ${created.centreId}\n`)
    } catch (err) {
      if (isUniqueViolation(err)) throw new CliError('Et senter med det navnet, eller en bruker med det brukernavnet, finnes allerede.')
      throw err
    }
  })
}

export async function listCentresCommand(args: string[]) {
  const { values } = parseArgs({ args, options: { db: { type: 'string' } } })
  await withDb(values.db, async (db) => {
    for (const c of await listCentres(db)) process.stdout.write(`${c.id}\t${c.name}\n`)
  })
}

/** `pnpm ly recover-admin --centre ID [--user BRUKERNAVN] [--db STI]` */
export async function recoverAdminCommand(args: string[]) {
  const { values } = parseArgs({ args, options: { centre: { type: 'string' }, user: { type: 'string' }, db: { type: 'string' } } })
  await withDb(values.db, async (db) => {
    const centre = await requireCentre(db, values.centre)
    try {
      const admin = await recoverAdmin(db, systemClock, centre.id, values.user)
      const notes = [
        ...(admin.totpReset ? ['Tofaktor-innlogging er fjernet; den settes opp igjen ved innlogging når senteret krever det.'] : []),
        ...(admin.reactivated ? ['Kontoen var deaktivert og er aktiv igjen.'] : []),
      ]
      process.stdout.write(credentialsNotice(`Ly: administratoren i «${centre.name}» har fått nytt engangspassord.`, admin.username, admin.password, notes))
    } catch (err) {
      if (err instanceof RecoveryRefused) throw new CliError(err.message)
      throw err
    }
  })
}
