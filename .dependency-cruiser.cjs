// The module rules `pnpm lint` checks (issue 20, decision 0045): no import cycles, and each part
// of the workspace reaches the others only where docs/architecture.md says it may.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle makes load order matter and two modules one. Move what both need into a third module.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'forms-stand-alone',
      comment: 'packages/forms is the one definition of every form; the apps build on it, never the other way round.',
      severity: 'error',
      from: { path: '^packages/forms/' },
      to: { path: '^apps/' },
    },
    {
      name: 'bff-knows-no-spa',
      severity: 'error',
      from: { path: '^apps/bff/' },
      to: { path: '^apps/web/' },
    },
    {
      name: 'spa-through-the-bff-entry-points',
      comment:
        'The SPA sees the BFF through its typed client (types only) and the shared cell formatting; its tests may also use the test harness. Anything else of the BFF would be bundled into the browser.',
      severity: 'error',
      from: { path: '^apps/web/src/', pathNot: '\\.test\\.tsx?$|^apps/web/src/testing/' },
      to: { path: '^apps/bff/src/', pathNot: '^apps/bff/src/(client|report/render-cell)\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'routes-on-top',
      comment:
        'Layers run one way: routes → services (records, statistics, report, interchange, …) → db. Only the app that mounts them (app.ts) and other routes import a route module; a rule a service needs lives in the service.',
      severity: 'error',
      from: { path: '^apps/bff/src/', pathNot: '^apps/bff/src/(routes/|app\\.ts$|testing/)|\\.test\\.ts$' },
      to: { path: '^apps/bff/src/routes/' },
    },
    {
      name: 'db-below-services',
      comment: 'The database layer reads and writes rows; the rules on top of it (the year lock, the records service) call it, never the other way round.',
      severity: 'error',
      from: { path: '^apps/bff/src/db/', pathNot: '\\.test\\.ts$' },
      to: { path: '^apps/bff/src/', pathNot: '^apps/bff/src/(db/|errors\\.ts$|clock\\.ts$|logger\\.ts$)' },
    },
    {
      name: 'no-test-code-in-production',
      comment: 'Test helpers (testing/, *.test.*) are for tests, benchmarks and scripts only.',
      severity: 'error',
      from: { path: '^(apps|packages)/[^/]+/src/', pathNot: '\\.test\\.tsx?$|/testing(/|\\.ts$)|/sarpsborg-2016/|/cli/write-statistics-doc\\.ts$' },
      to: { path: '/testing(/|\\.ts$)|\\.test\\.tsx?$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|coverage)/' },
    tsPreCompilationDeps: true,
    // The SPA's `@/` imports resolve through its tsconfig's paths.
    tsConfig: { fileName: `${__dirname}/apps/web/tsconfig.json` },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    combinedDependencies: true,
  },
}
