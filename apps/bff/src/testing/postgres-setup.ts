import { afterAll } from 'vitest'
import { dropPostgresTestDbs, postgresAdminUrl } from './postgres'

afterAll(async () => {
  if (postgresAdminUrl) await dropPostgresTestDbs(postgresAdminUrl)
})
