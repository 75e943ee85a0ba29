import { defineProject } from 'vitest/config'

// Browser tests: Chromium (playwright-core) against the production build served by the API with
// the seeded data. The global setup starts the API on a free port with a fresh database.
export default defineProject({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    environment: 'node',
    include: ['**/*.test.ts'],
    globalSetup: ['./global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
