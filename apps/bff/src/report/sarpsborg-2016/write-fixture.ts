import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { sarpsborgJsonl } from './generate'

/**
 * `pnpm fixture:sarpsborg-2016`: writes the Sarpsborg 2016 fixture next to this script from S1's
 * published figures (figures.ts). The test checks that the committed file is what this writes.
 */
export const FIXTURE = fileURLToPath(new URL('./sarpsborg-2016.jsonl', import.meta.url))

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = sarpsborgJsonl()
  writeFileSync(FIXTURE, text)
  process.stdout.write(`Skrev ${text.split('\n').filter(Boolean).length} registreringer til ${FIXTURE}.\n`)
}
