import { CliError } from './db'
import { createCentreCommand, listCentresCommand, recoverAdminCommand } from './commands/centres'
import { statsCommand } from './commands/stats'
import { demoCommand } from './commands/demo'
import { exportCommand, importCommand } from './commands/interchange'
import { retentionCommand } from './commands/retention'
import { reportCommand } from './commands/report'
import { backupCommand, encryptDatabaseCommand, restoreCommand } from './commands/backup'
import { migrateToPostgresCommand } from './commands/migrate-to-postgres'

const usage = `Bruk: pnpm ly <kommando> [valg]

Kommandoer:
  create-centre --name NAVN [--admin BRUKERNAVN] [--db STI]
      Oppretter et senter med sin første administrator (standard brukernavn:
      admin-<senternavn>) og skriver ut engangspassordet.
  list-centres [--db STI]
      Viser sentrene i databasen med id.
  recover-admin --centre ID [--user BRUKERNAVN] [--db STI]
      Når senterets administrator er stengt ute (glemt passord, mistet telefon med
      tofaktor, deaktivert): nytt engangspassord, tofaktor fjernet, kontoen aktiv og
      øktene avsluttet. Skrives i loggen.
  stats --year ÅÅÅÅ --centre ID|all [--offer women|men|all] [--db STI] --json   (all: alle sentre, nasjonale tall)
      Skriver senterets statistikk for året som JSON (se docs/statistics.md). I stedet for
      --year: --period 2026-T2 (tertial), 2026-Q3 (kvartal), 2026-05 (måned), 2026-ytd
      (hittil i år), eller --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD (begge dager med).
  demo --centre ID [--years N] [--seed N] [--db STI]
      Fyller et tomt senter med oppdiktede registreringer av alle skjemaer for de
      siste N årene (standard 5) og merker senteret som demosenter.
  import FIL --centre ID [--format jsonl|csv] [--again] [--db STI]
      Leser inn registreringer fra JSON Lines eller CSV (se docs/interchange.md).
      Alt eller ingenting: ved feil skrives linjenummer og felt, og ingenting lagres.
      En fil senteret har lest inn før, avvises (hver registrering ville telles to
      ganger); --again leser den inn likevel.
  export --year ÅÅÅÅ --centre ID [--format jsonl|csv] [--out FIL] [--db STI]
      Skriver senterets registreringer fra året i samme format (til skjermen, eller til FIL).
  report --year ÅÅÅÅ --centre ID --format html|xlsx|csv --out FIL [--separator comma|semicolon] [--db STI]
      Skriver årsstatistikken i Sarpsborg-rapportens form, med små tall skjult (se docs/report.md).

  retention [--db STI]
      Fjerner saksnummer som ikke er brukt på en stund (senterets innstilling, standard
      24 måneder) fra gamle registreringer. Statistikken blir den samme. Kjøres også daglig
      av serveren.

  backup --out FIL [--db STI]
      Tar en sikkerhetskopi mens Ly kjører, og kontrollerer den. Med LY_DB_KEY er den kryptert.
  restore FIL [--db STI]
      Erstatter databasen med en kontrollert sikkerhetskopi. Stopp Ly først.
      (Med PostgreSQL: bruk pg_dump/pg_restore; kommandoene sier hvordan.)
  encrypt-database [--db STI]
      Krypterer en database som ble laget uten LY_DB_KEY, med nøkkelen i LY_DB_KEY.
      Stopp Ly først, og start Ly med den samme nøkkelen etterpå.

  migrate-to-postgres --from FIL
      Flytter sentrene i SQLite-databasen FIL til PostgreSQL (LY_DATABASE_URL), i én
      transaksjon som kontrollerer antall registreringer og statistikken før den lagres.

Felles valg:
  --db STI          SQLite-databasen (standard: LY_DB eller ./data/ly.sqlite)
  LY_DATABASE_URL   postgres://… – bruk PostgreSQL i stedet (når --db ikke er gitt)
  LY_DB_KEY         nøkkelen for en kryptert SQLite-database (og dens sikkerhetskopier)
`

const commands: Record<string, (args: string[]) => Promise<void>> = {
  'create-centre': createCentreCommand,
  'list-centres': listCentresCommand,
  'recover-admin': recoverAdminCommand,
  stats: statsCommand,
  demo: demoCommand,
  import: importCommand,
  export: exportCommand,
  retention: retentionCommand,
  report: reportCommand,
  backup: backupCommand,
  restore: restoreCommand,
  'encrypt-database': encryptDatabaseCommand,
  'migrate-to-postgres': migrateToPostgresCommand,
}

async function main(argv: string[]) {
  const [name, ...rest] = argv
  const command = name ? commands[name] : undefined
  if (!command) {
    process.stdout.write(usage)
    process.exitCode = name && name !== 'help' && name !== '--help' ? 2 : 0
    return
  }
  await command(rest)
}

main(process.argv.slice(2)).catch((err: unknown) => {
  // Expected problems get their Norwegian message; anything else its message, never a dump of data.
  process.stderr.write(`Feil: ${err instanceof CliError || err instanceof Error ? err.message : String(err)}\n`)
  process.exitCode = 1
})
