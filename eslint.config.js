// ESLint 9 flat config for the whole workspace: `pnpm lint` at the root checks every package,
// with type information (typescript-eslint's project service reads each package's tsconfig).
import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    '**/coverage/',
    '**/test-results/',
    '**/playwright-report/',
    'e2e/.tmp/',
    'data/',
    // Files tools write next to their config (Vite, Vitest) while they run.
    '**/*.config.*.timestamp-*',
    '**/*.tsbuildinfo',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Every .ts file belongs to its package's tsconfig; the few root configs outside any
        // tsconfig are linted against a default project.
        projectService: { allowDefaultProject: ['vitest.config.ts', 'packages/forms/vitest.config.ts', 'apps/bff/vitest*.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `_name` marks a parameter or binding that is deliberately unused.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unnecessary-condition': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    // Plain JavaScript (this file, the BFF's build and bench worker) is in no tsconfig: no types.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Vitest declares its asymmetric matchers (expect.stringMatching, expect.arrayContaining …)
    // as returning `any`, so every `{ message: expect.stringMatching(…) }` would be an "unsafe
    // assignment". The other no-unsafe-* rules stay on in tests.
    files: ['**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    // Everything outside the SPA runs on Node: the BFF, build scripts, configs, Playwright.
    files: ['**/*.{js,mjs,cjs,ts,mts,cts}'],
    ignores: ['apps/web/src/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
  },
)
