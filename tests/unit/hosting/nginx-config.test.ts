import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  checkBase,
  headerPolicy,
  renderSite,
  renderStandalone,
  SITE_TEMPLATE,
  STANDALONE_TEMPLATE,
} from '../../../deploy/nginx/render-config.mjs';

const siteTemplate = readFileSync(SITE_TEMPLATE, 'utf8');
const standaloneTemplate = readFileSync(STANDALONE_TEMPLATE, 'utf8');
const PAGE_POLICY =
  "default-src 'self';img-src 'self' data:;object-src 'none'; script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-BBB='";
const options = { csp: headerPolicy([PAGE_POLICY]), base: '/', root: '/var/www/ja-tenzij', listen: '80', serverName: '_', brotli: false };

describe('the Content-Security-Policy header', () => {
  it('takes the policy from the built pages and adds frame-ancestors, which <meta> cannot set', () => {
    expect(headerPolicy([PAGE_POLICY])).toBe(
      "default-src 'self'; img-src 'self' data:; object-src 'none'; script-src 'self' 'sha256-AAA='; style-src 'self' 'sha256-BBB='; frame-ancestors 'self'",
    );
  });

  it('allows what the pages allow together when a page has its own script hash', () => {
    const merged = headerPolicy([PAGE_POLICY, "default-src 'self'; script-src 'self' 'sha256-CCC='"]);
    expect(merged).toContain("script-src 'self' 'sha256-AAA=' 'sha256-CCC='");
    expect(merged.match(/default-src/g)).toHaveLength(1);
  });

  it('refuses a policy nginx would not pass on literally', () => {
    expect(() => headerPolicy(['default-src "self"'])).toThrow(/nginx/);
  });
});

describe('the nginx site configuration', () => {
  it('fills every field of the template and sets every security and cache header', () => {
    const conf = renderSite(siteTemplate, options);
    expect(conf).not.toMatch(/\{\{/);
    for (const header of [
      'Content-Security-Policy',
      'Strict-Transport-Security',
      'Referrer-Policy',
      'Permissions-Policy',
      'X-Content-Type-Options',
      'Cache-Control',
    ]) {
      expect(conf).toMatch(new RegExp(`add_header ${header} .* always;`));
    }
    expect(conf).toContain(`add_header Content-Security-Policy "${options.csp}" always;`);
    expect(conf).toContain('"~^/_astro/" "public, max-age=31536000, immutable";');
    expect(conf).toContain('error_page 404 /404.html;');
    expect(conf).toContain('gzip on;');
    expect(conf).not.toContain('brotli on;');
    expect(conf).not.toContain('return 404;');
  });

  it('serves a sub-path, leads the bare path to it and nothing else', () => {
    const conf = renderSite(siteTemplate, { ...options, base: '/leren/participatie/', brotli: true });
    expect(conf).toContain('location /leren/participatie/ {');
    expect(conf).toContain('"~^/leren/participatie/_astro/"');
    expect(conf).toContain('error_page 404 /leren/participatie/404.html;');
    expect(conf).toMatch(/location = \/leren\/participatie \{\s+return 301 \/leren\/participatie\/;/);
    expect(conf).toMatch(/location \/ \{\s+return 404;/);
    expect(conf).toContain('brotli on;');
  });

  it('explains a wrong base path in Dutch', () => {
    for (const bad of ['leren/', '/leren', '/le ren/', '/a/../b/']) {
      expect(() => checkBase(bad), bad).toThrow(/Ongeldig pad/);
    }
    expect(checkBase('/leren/')).toBe('/leren/');
  });

  it('wraps the site in a complete nginx.conf for the container and the tests', () => {
    const conf = renderStandalone(standaloneTemplate, {
      siteConf: '/etc/ja-tenzij/ja-tenzij.conf',
      runtimeDir: '/run/nginx',
      errorLog: 'stderr',
      accessLog: '/dev/stdout',
      user: null,
      brotli: true,
      modulesDir: '/usr/lib/nginx/modules',
    });
    expect(conf).not.toMatch(/\{\{/);
    expect(conf).not.toMatch(/^user /m);
    expect(conf).toContain('load_module /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so;');
    expect(conf).toContain('include /etc/ja-tenzij/ja-tenzij.conf;');
    expect(conf).toContain('pid /run/nginx/nginx.pid;');
  });
});
