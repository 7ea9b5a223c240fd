// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// SITE_BASE lets a municipality serve dist/ under a sub-path, e.g. SITE_BASE=/leren/ npm run build.
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://ja-tenzij.example',
  base,
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  build: {
    // Keeps every style in a file so the Content-Security-Policy needs no 'unsafe-inline' for styles.
    inlineStylesheets: 'never',
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // Astro 7's compression drops the space between text and an inline element ("lees de<a>"), which glues words together.
  compressHTML: false,
});
