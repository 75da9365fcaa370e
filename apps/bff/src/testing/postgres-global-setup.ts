import { preparePostgresTemplate } from './postgres'

// Runs in vitest's main process, where the project's `env` is not applied yet.
export default async function setup() {
  const url = process.env.LY_TEST_POSTGRES_URL
  if (!url) throw new Error('bff-postgres needs LY_TEST_POSTGRES_URL (scripts/test.sh sets it)')
  await preparePostgresTemplate(url)
}
