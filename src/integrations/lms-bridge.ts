import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * The LMS bridge's page script, on every page of a build for an LMS package
 * (`npm run package:lms` builds with LMS_FORMAT set) and in no other build.
 * Injected here rather than written as a <script> in LmsBridge.astro, because
 * Astro bundles a component's script in every build whether it renders or not,
 * and that alone re-splits the normal site's JavaScript: this way the normal
 * build's JavaScript stays byte for byte the same.
 */
export function lmsBridge(env: Record<string, string | undefined> = process.env): AstroIntegration {
  return {
    name: 'jt-lms-bridge',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        if (!env['LMS_FORMAT']?.trim()) return;
        const entry = fileURLToPath(new URL('../lib/lms/start.ts', import.meta.url));
        injectScript('page', `import ${JSON.stringify(entry)};`);
      },
    },
  };
}
