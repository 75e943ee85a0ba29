/** `import html from './page.en.md?html'`: the page rendered to trusted HTML at build time (vite-plugins/markdown.ts). */
declare module '*.md?html' {
  const html: string
  export default html
}
