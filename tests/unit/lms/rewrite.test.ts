import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { rewritePage, rewriteJson } from '../../../scripts/lms/rewrite-html.mjs';
import { rewriteStylesheet } from '../../../scripts/lms/rewrite-css.mjs';
import { zipPackage } from '../../../scripts/lms/zip.mjs';

// A package is served under a path only the LMS knows: every address in it must be relative, and
// nothing may point at a page the package does not hold.

const PAGE = `<!doctype html>
<html lang="nl"><head>
<meta name="jt-lms" content="{&quot;format&quot;:&quot;scorm12&quot;,&quot;courseId&quot;:&quot;x&quot;,&quot;moduleIds&quot;:[],&quot;masteryScore&quot;:0.7}">
<link rel="canonical" href="https://ja-tenzij.example/modules/a/">
<link rel="stylesheet" href="/_astro/site.css">
<script type="module" src="/_astro/page.js"></script>
</head><body>
<a class="jt-logo" href="/">Ja, tenzij</a>
<p>Lees over <a href="/begrippen/#draagvlak">draagvlak</a> en de <a href="/programma/">leervragen</a> van het programma.</p>
<p><a href="/voortgang/">Bekijk al uw voortgang</a></p>
<ul><li><a href="/logboek/">Mijn leerlogboek</a></li><li>
  <a href="/trainers/">Trainers</a>
</li></ul>
<p>Bron: <a href="https://www.movisie.nl/">Movisie</a>, <a href="#oefenen">oefenen</a>, <a href="mailto:a@b.example">mail</a>.</p>
<astro-island component-url="/_astro/Log.js" renderer-url="/_astro/client.js" props="{&quot;modules&quot;:[1,[[0,{&quot;title&quot;:[0,&quot;A &amp; B&quot;],&quot;href&quot;:[0,&quot;/modules/b/&quot;]}]]]}"></astro-island>
<div id="jt-opslag-melding" data-logbook="/logboek/"></div>
<script id="jt-module-outlines" type="application/json">[{"id":"01-a","href":"/modules/a/","scenarioHref":"/modules/a/scenario/","title":"/ is geen adres"}]</script>
</body></html>`;

const included = (file: string) =>
  ['modules/a/index.html', 'modules/a/scenario/index.html', 'begrippen/index.html', 'logboek/index.html'].includes(file) ||
  file.startsWith('_astro/');

function rewrite(meta?: object) {
  return rewritePage(PAGE, { file: 'modules/a/index.html', included, startFile: 'modules/a/index.html', meta });
}

describe('rewriting a page for a package', () => {
  it('makes addresses relative to the page, with index.html spelled out for LMS file servers', () => {
    const { html, assets } = rewrite();
    expect(html).toContain('href="../../_astro/site.css"');
    expect(html).toContain('src="../../_astro/page.js"');
    expect(html).toContain('href="../../begrippen/index.html#draagvlak"');
    expect(html).toContain('component-url="../../_astro/Log.js"');
    expect(html).toContain('renderer-url="../../_astro/client.js"');
    expect(html).toContain('data-logbook="../../logboek/index.html"');
    expect([...assets].sort()).toEqual(['_astro/Log.js', '_astro/client.js', '_astro/page.js', '_astro/site.css']);
  });

  it('sends the home link to the package start page and drops the public canonical address', () => {
    const { html } = rewrite();
    expect(html).toContain('<a class="jt-logo" href="index.html">');
    expect(html).not.toContain('canonical');
  });

  it('turns links to pages outside the package into text, or drops an entry that is only such a link', () => {
    const { html } = rewrite();
    expect(html).toContain(
      '<p>Lees over <a href="../../begrippen/index.html#draagvlak">draagvlak</a> en de leervragen van het programma.</p>',
    );
    expect(html).not.toContain('Bekijk al uw voortgang');
    expect(html).not.toContain('Trainers');
    expect(html).toContain('Mijn leerlogboek');
    expect(html).toContain('<a href="https://www.movisie.nl/">Movisie</a>');
    expect(html).toContain('href="#oefenen"');
    expect(html).toContain('href="mailto:a@b.example"');
    expect(html).not.toMatch(/(?:href|src|component-url|renderer-url|data-logbook)="\//);
  });

  it('rewrites addresses inside island props and JSON data, and nothing else there', () => {
    const { html } = rewrite();
    expect(html).toContain(
      'props="{&quot;modules&quot;:[1,[[0,{&quot;title&quot;:[0,&quot;A &amp; B&quot;],&quot;href&quot;:[0,&quot;../b/index.html&quot;]}]]]}"',
    );
    expect(html).toContain('"href":"index.html","scenarioHref":"scenario/index.html","title":"/ is geen adres"');
  });

  it('writes this package’s settings into <meta name="jt-lms">', () => {
    const meta = { format: 'cmi5', courseId: 'https://x.example/lms/route/a', moduleIds: ['01-a', '02-b'], masteryScore: 0.8 };
    const { html } = rewrite(meta);
    const content = /<meta name="jt-lms" content="([^"]+)">/.exec(html)?.[1]?.replaceAll('&quot;', '"');
    expect(JSON.parse(content!)).toEqual(meta);
  });

  it('refuses a page that loads a file the package does not have', () => {
    const page = '<html><body><img src="/gemeente-logo.svg" alt="Logo"></body></html>';
    expect(() => rewritePage(page, { file: 'logboek/index.html', included: () => false, startFile: 'logboek/index.html' })).toThrow(
      /logboek\/index.html:\n {2}<img src="\/gemeente-logo.svg">/,
    );
  });

  it('leaves JSON strings alone that are not under an address key', () => {
    expect(rewriteJson({ text: '/a/', list: ['/b/'], url: '/c/' }, () => 'X')).toEqual({ text: '/a/', list: ['/b/'], url: 'X' });
  });
});

describe('rewriting a style sheet', () => {
  it('makes font addresses relative to the style sheet and lists them', () => {
    const css =
      '@font-face{font-family:Noto;src:url(/_astro/noto.woff2) format("woff2"),url("/_astro/noto.woff") format("woff")}a{background:url(data:image/png;base64,xx)}';
    const { css: out, assets } = rewriteStylesheet(css, '_astro/site.css');
    expect(out).toContain('url(noto.woff2) format("woff2")');
    expect(out).toContain('url("noto.woff") format("woff")');
    expect(out).toContain('url(data:image/png;base64,xx)');
    expect([...assets].sort()).toEqual(['_astro/noto.woff', '_astro/noto.woff2']);
  });
});

describe('zipping a package', () => {
  it('gives the same bytes for the same files, whatever order they came in', () => {
    const a = new Map([
      ['b.html', new TextEncoder().encode('<p>b</p>')],
      ['a/font.woff2', new Uint8Array([1, 2, 3])],
    ]);
    const b = new Map([...a].reverse());
    const zip = zipPackage(a);
    expect(Buffer.from(zip).equals(Buffer.from(zipPackage(b)))).toBe(true);
    expect(Object.keys(unzipSync(zip))).toEqual(['a/font.woff2', 'b.html']);
  });
});
