import { defineProject } from 'vitest/config'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { markdownHtml } from './vite-plugins/markdown.ts'
import { messageParts } from './vite-plugins/message-parts.ts'

export default defineProject({
  plugins: [markdownHtml(), messageParts(), react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/testing/setup-tests.ts'],
  },
})
