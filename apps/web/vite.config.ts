import { defineConfig } from 'vite'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { markdownHtml } from './vite-plugins/markdown.ts'

// The API serves the built SPA in production; in development Vite proxies /api to it.
const apiTarget = process.env['VITE_API_PROXY'] ?? 'http://127.0.0.1:3000'

export default defineConfig({
  plugins: [markdownHtml(), react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { proxy: { '/api': { target: apiTarget, changeOrigin: true } } },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
})
