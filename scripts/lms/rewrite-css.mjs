// Makes the root-absolute url(…) references in a built style sheet (fonts, images) relative to the
// style sheet, through PostCSS (Vite's own CSS parser), so only real declarations are touched.
import postcss from 'postcss';
import { fileOfSitePath, isSitePath, relativeUrl, splitSiteUrl } from './site-paths.mjs';

const URL_TOKEN = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;

/**
 * @param {string} css the style sheet
 * @param {string} file its file in the package, e.g. "_astro/BaseLayout.abc.css"
 * @returns {{ css: string, assets: Set<string> }} the style sheet and the files it refers to
 */
export function rewriteStylesheet(css, file) {
  const root = postcss.parse(css);
  const assets = new Set();
  const rewriteValue = (value) =>
    value.replace(URL_TOKEN, (whole, quote, url) => {
      if (!isSitePath(url)) return whole;
      const { path, rest } = splitSiteUrl(url);
      const target = fileOfSitePath(path);
      assets.add(target);
      return `url(${quote}${relativeUrl(file, target)}${rest}${quote})`;
    });
  root.walkDecls((decl) => {
    if (decl.value.includes('url(')) decl.value = rewriteValue(decl.value);
  });
  root.walkAtRules((rule) => {
    if (rule.params.includes('url(')) rule.params = rewriteValue(rule.params);
  });
  return { css: root.toString(), assets };
}
