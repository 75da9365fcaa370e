// Prints the slowest test files of a Vitest JSON report (`--reporter=json`), for scripts/test.sh.
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const files = report.testResults
  .map((file) => ({ name: relative(process.cwd(), file.name), seconds: (file.endTime - file.startTime) / 1000, tests: file.assertionResults.length }))
  .sort((a, b) => b.seconds - a.seconds)
const total = files.reduce((sum, file) => sum + file.seconds, 0)
console.log(`\nDe tregeste testfilene (av ${files.length}, til sammen ${Math.round(total)} s i filene):`)
for (const file of files.slice(0, 15)) console.log(`${file.seconds.toFixed(1).padStart(7)} s  ${String(file.tests).padStart(3)} tester  ${file.name}`)
