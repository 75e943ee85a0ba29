// @ts-check
import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'db/migrations/**', 'coverage/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // process.env is read only in the env modules (one place per app).
    files: ['apps/**/*.ts', 'packages/**/*.ts', 'db/src/**/*.ts', 'db/seed/**/*.ts'],
    ignores: ['**/config/env.ts', 'db/src/env.ts', '**/*.test.ts', '**/e2e/**', '**/bench/**', '**/vite.config.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read the environment in config/env.ts' }],
    },
  },
  {
    // The classic scripts index.html loads as they are (public/): browser globals, not Node's.
    files: ['apps/web/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser }, sourceType: 'script' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: ['@nap/db', 'drizzle-orm', 'better-sqlite3'], patterns: ['drizzle-orm/*'] },
      ],
    },
  },
  {
    files: ['packages/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@nap/db', '@nap/api', '@nap/web', 'drizzle-orm*', 'node:*'] }],
    },
  },
  {
    // A package's tests and fixture scripts read and write files; its source stays free of node:*.
    files: ['packages/*/test/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@nap/db', '@nap/api', '@nap/web', 'drizzle-orm*'] }],
    },
  },
)
