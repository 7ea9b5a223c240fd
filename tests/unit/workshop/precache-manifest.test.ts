import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  buildPrecacheManifest,
  shouldPrecache,
  stampServiceWorker,
  urlForFile,
  VERSION_PLACEHOLDER,
} from '../../../src/integrations/precache-manifest';
import { root } from '../../support/content-files';

const site = [
  { path: 'index.html', content: '<h1>Home</h1>' },
  { path: 'workshop/a/index.html', content: '<h1>A</h1>' },
  { path: '_astro/app.1234.js', content: 'console.log(1)' },
  { path: '_astro/app.1234.js.map', content: '{}' },
  { path: 'sw.js', content: 'worker' },
  { path: '404.html', content: 'weg' },
];

describe('the precache manifest', () => {
  it('lists every built file by the address the browser uses', () => {
    expect(buildPrecacheManifest(site).files).toEqual(['404.html', '_astro/app.1234.js', '', 'workshop/a/']);
    expect(urlForFile('index.html')).toBe('');
    expect(urlForFile('modules/x/index.html')).toBe('modules/x/');
    expect(urlForFile('favicon.svg')).toBe('favicon.svg');
  });

  it('leaves out the worker, its list, source maps and hidden files', () => {
    expect(shouldPrecache('sw.js')).toBe(false);
    expect(shouldPrecache('precache.json')).toBe(false);
    expect(shouldPrecache('a.js.map')).toBe(false);
    expect(shouldPrecache('.well-known/x')).toBe(false);
    expect(shouldPrecache('_astro/a.css')).toBe(true);
  });

  it('has a version that changes with any content, the worker included, and not with file order', () => {
    const version = buildPrecacheManifest(site).version;
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(buildPrecacheManifest([...site].reverse()).version).toBe(version);
    const edited = site.map((f) => (f.path === 'workshop/a/index.html' ? { ...f, content: '<h1>A!</h1>' } : f));
    expect(buildPrecacheManifest(edited).version).not.toBe(version);
    const newWorker = site.map((f) => (f.path === 'sw.js' ? { ...f, content: 'worker 2' } : f));
    expect(buildPrecacheManifest(newWorker).version).not.toBe(version);
  });

  it('stamps the version into the real service worker', () => {
    const source = readFileSync(`${root}public/sw.js`, 'utf8');
    expect(source).toContain(VERSION_PLACEHOLDER);
    const stamped = stampServiceWorker(source, 'abc123');
    expect(stamped).toContain("const VERSION = 'abc123';");
    expect(stamped).not.toContain(VERSION_PLACEHOLDER);
    expect(() => stampServiceWorker('no placeholder', 'x')).toThrow(/mist de tekst/);
  });
});
