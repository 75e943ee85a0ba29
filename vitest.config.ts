import { defineConfig } from 'vitest/config'

// One run for the whole repo: unit and integration projects, then the browser (e2e) project.
export default defineConfig({
  test: {
    projects: ['packages/progress', 'packages/schemas', 'packages/imports', 'db', 'apps/api', 'apps/web', 'apps/web/e2e'],
  },
})
