import { recoverAdmin, RecoveryRefused } from '../../auth/recover-admin'
import { loadServerKey } from '../../auth/server-key'
import { createCentreWithAdmin, credentialsNotice, formatCredentials } from '../../bootstrap'
import { systemClock } from '../../clock'
import { listCentres } from '../../db/centres'
import { isUniqueViolation } from '../../db/dialect'
import { dbOption, defineCommand } from '../command'
import { cliDbPath, CliError, requireCentre, withDb } from '../db'

export const createCentreCommand = defineCommand({
  name: 'create-centre',
  summary: 'Oppretter et senter med sin første administrator (standard brukernavn:\nadmin-<senternavn>) og skriver ut engangspassordet.',
  options: {
    name: { type: 'string', value: 'NAVN', required: true, description: 'Senterets navn.' },
    admin: { type: 'string', value: 'BRUKERNAVN', description: 'Administratorens brukernavn (standard: admin-<senternavn>).' },
    db: dbOption,
  },
  examples: ['pnpm ly create-centre --name "Krisesenteret i X"', 'pnpm ly create-centre --name "Krisesenteret i X" --admin leder-x'],
  async run({ values }) {
    const name = values.name?.trim()
    if (!name) throw new CliError('Mangler --name: navnet på senteret.')
    // Sign-in names are unique across the installation, so each centre's first admin differs.
    const slug = name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
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
  },
})

export const listCentresCommand = defineCommand({
  name: 'list-centres',
  summary: 'Viser sentrene i databasen med id.',
  options: { db: dbOption },
  examples: ['pnpm ly list-centres'],
  async run({ values }) {
    await withDb(values.db, async (db) => {
      for (const c of await listCentres(db)) process.stdout.write(`${c.id}\t${c.name}\n`)
    })
  },
})

export const recoverAdminCommand = defineCommand({
  name: 'recover-admin',
  summary:
    'Når senterets administrator er stengt ute (glemt passord, mistet telefon med\ntofaktor, deaktivert): nytt engangspassord, tofaktor fjernet, kontoen aktiv og\nøktene avsluttet. Skrives i loggen.',
  options: {
    centre: { type: 'string', value: 'ID', required: true, description: 'Senterets id (se pnpm ly list-centres).' },
    user: { type: 'string', value: 'BRUKERNAVN', description: 'Hvilken administrator, når senteret har flere.' },
    db: dbOption,
  },
  examples: ['pnpm ly recover-admin --centre ID', 'pnpm ly recover-admin --centre ID --user admin-senteret'],
  async run({ values }) {
    await withDb(values.db, async (db) => {
      const centre = await requireCentre(db, values.centre)
      try {
        const admin = await recoverAdmin(db, systemClock, loadServerKey(cliDbPath(values.db)), centre.id, values.user)
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
  },
})
