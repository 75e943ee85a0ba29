import { defineConfig } from 'vite'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { chunkModules } from './vite-plugins/chunk-modules.ts'
import { earlyRequests } from './vite-plugins/early-requests.ts'
import { inlineEntryCss } from './vite-plugins/inline-css.ts'
import { markdownHtml } from './vite-plugins/markdown.ts'
import { messageParts } from './vite-plugins/message-parts.ts'
import { precompress } from './vite-plugins/precompress.ts'
import { prebuiltWireSchemas } from './vite-plugins/wire-schemas.ts'

// The API serves the built SPA in production; in development Vite proxies /api to it.
const apiTarget = process.env['VITE_API_PROXY'] ?? 'http://127.0.0.1:3000'

export default defineConfig({
  plugins: [markdownHtml(), messageParts(), prebuiltWireSchemas(fileURLToPath(new URL('./src/lib/wire-schemas.ts', import.meta.url))), react(), inlineEntryCss(), earlyRequests(fileURLToPath(new URL('./src/app/early-requests.ts', import.meta.url))), chunkModules(), precompress()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { proxy: { '/api': { target: apiTarget, changeOrigin: true } } },
  build: {
    target: 'es2022',
    sourcemap: false,
    // dist/.vite/manifest.json: what each route chunk imports (scripts/check-bundle-budget.ts reads it).
    manifest: true,
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      // The workspace packages only declare constants, schemas and functions: a module none of whose
      // exports is used is dropped, so e.g. the CSV writer of @nap/schemas does not bring every zod schema.
      treeshake: { moduleSideEffects: (id) => !/\/packages\/(domain|schemas|progress)\/src\//.test(id) },
    },
  },
})
