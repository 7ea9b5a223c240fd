// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { resolve } from 'node:path';
import { precacheManifest } from './src/integrations/precache-manifest.ts';
import { relayConnectSources, relayOrigin } from './src/lib/voting/relay-setting.ts';
import { contentDigest } from './src/integrations/content-digest.ts';
import { lmsBridge } from './src/integrations/lms-bridge.ts';
import { loadGemeente, settingsFile } from './src/lib/config/gemeente.ts';

// SITE_BASE lets a municipality serve dist/ under a sub-path, e.g. SITE_BASE=/leren/ npm run build.
const base = process.env.SITE_BASE ?? '/';
// PUBLIC_RELAY_URL: the municipality's own voting relay (optional). The CSP allows exactly that origin.
const relay = relayOrigin(process.env.PUBLIC_RELAY_URL);
// LMS_FORMAT: a build for an LMS package (npm run package:lms, docs/lms.md). Such a package is served
// under a path only the LMS knows, so scripts load their chunks relative to themselves; the packager
// makes the URLs in the pages and styles relative.
const lmsFormat = process.env.LMS_FORMAT?.trim();
// cmi5 sends its statements to the LMS's learning record store, whose address the LMS only passes at launch.
const lrsSources = lmsFormat === 'cmi5' ? ['https:'] : [];

// The municipality's settings (gemeente.config.yaml, or the file in GEMEENTE_CONFIG). Loading them here
// stops a build with a wrong setting before anything else runs, with the file and field named.
const gemeente = loadGemeente();
const exampleAddresses = JSON.stringify(gemeente).match(/[\w.@/:-]*\.example\b[\w./-]*/g);
if (exampleAddresses) {
  console.warn(
    `Let op: ${settingsFile()} bevat nog voorbeeldadressen (${[...new Set(exampleAddresses)].join(', ')}). Vul de adressen van uw gemeente in.`,
  );
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://ja-tenzij.example',
  base,
  output: 'static',
  trailingSlash: 'always',
  // contentDigest() reads every Markdown/MDX text once (sections, anchors, prompts) for pages, search and outline;
  // precacheManifest() writes dist/precache.json for the offline service worker (public/sw.js).
  // lmsBridge() adds the LMS bridge's page script, only in a build for an LMS package (LMS_FORMAT set).
  integrations: [contentDigest(), mdx(), preact(), precacheManifest(), lmsBridge()],
  build: {
    // Keeps every style in a file so the Content-Security-Policy needs no 'unsafe-inline' for styles.
    inlineStylesheets: 'never',
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  vite: {
    // BaseLayout imports '@gemeente/thema.css'; this points it at the theme file from the settings.
    resolve: { alias: { '@gemeente/thema.css': resolve(gemeente.thema.bestand) } },
    plugins: [
      {
        // No <link rel="modulepreload"> for the chunks a lazy import needs. Adding those links cost 15-30 ms
        // of main thread per lazy load in Lighthouse profiles (the idle learner script, the map, the notes),
        // and the chunks are small and same-origin. Astro sets the client build's options itself, hence a plugin.
        name: 'jt-no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
    ...(lmsFormat && {
      experimental: { renderBuiltUrl: (_file, { hostType }) => (hostType === 'js' ? { relative: true } : undefined) },
    }),
  },
  security: {
    // A <meta> Content-Security-Policy on every page: Astro adds hashes for its own inline scripts and
    // styles; everything else may only come from this origin. Headers for servers: docs/deployment.md.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        /** @type {`connect-src${string}`} */ (["connect-src 'self'", ...relayConnectSources(relay), ...lrsSources].join(' ')),
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Astro 7's compression drops the space between text and an inline element ("lees de<a>"), which glues words together.
  compressHTML: false,
});
