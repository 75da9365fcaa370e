// Bundles the BFF (and the workspace packages it imports as TypeScript) into ES modules: the
// server (dist/server.mjs) and the `pnpm ly` command line (dist/cli.mjs), which a deployment
// without dev dependencies runs as `node apps/bff/dist/cli.mjs`. Native and large runtime
// dependencies stay external and load from node_modules, so the output directory must sit
// inside apps/bff. `node build.mjs --outdir DIR` writes elsewhere (the tests' CLI bundle).
import { build } from 'esbuild'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } })

await build({
  entryPoints: { server: 'src/index.ts', cli: 'src/cli/main.ts' },
  outdir: values.outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: ['better-sqlite3', '@node-rs/argon2', 'exceljs'],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
})
