import { randomBytes } from 'node:crypto'
import type { TestProject } from 'vitest/node'
import { dropPostgresTemplate, preparePostgresTemplate, templateName } from './postgres'

// Runs in vitest's main process, where the project's `env` is not applied yet.
export default async function setup(project: TestProject) {
  const url = process.env.LY_TEST_POSTGRES_URL
  if (!url) throw new Error('bff-postgres needs LY_TEST_POSTGRES_URL (scripts/test.sh sets it)')
  const run = randomBytes(6).toString('hex')
  await preparePostgresTemplate(url, templateName(run))
  project.provide('postgresRun', run)
  return () => dropPostgresTemplate(url, templateName(run))
}
