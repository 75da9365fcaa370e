import { parseArgs } from 'node:util'
import { createCentreWithAdmin, formatCredentials } from '../../bootstrap'
import { systemClock } from '../../clock'
import { listCentres } from '../../db/centres'
import { isUniqueViolation } from '../../db/dialect'
import { CliError, withDb } from '../db'

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
