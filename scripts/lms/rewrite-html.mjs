// Makes a built page fit a package: every root-absolute URL becomes relative to the page, links to pages
// the package does not hold become plain text, and the LMS settings in <meta name="jt-lms"> are set for
// this package. Works on the parsed document (ultrahtml, the HTML parser Astro itself depends on), so
// text that merely looks like a URL is never touched.
import { ELEMENT_NODE, TEXT_NODE, parse, renderSync, walkSync } from 'ultrahtml';
import { fileOfSitePath, isSitePath, relativeUrl, splitSiteUrl } from './site-paths.mjs';

/** Attributes whose value is one URL. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'component-url', 'renderer-url', 'before-hydration-url', 'data-logbook'];
/** JSON keys (in island props and inert JSON data) whose string values are site addresses. */
const URL_KEY = /(?:^|[a-z])(?:href|url|Href|Url)$/;

const ENTITIES = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** An attribute value as written in the page → its text. */
export function decodeAttribute(raw) {
  return raw.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#')
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Text → an attribute value for a double-quoted attribute. */
export function encodeAttribute(text) {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

/**
 * @param {string} html the built page
 * @param {object} options
 * @param {string} options.file the page's file in the package, e.g. "modules/x/index.html"
 * @param {(file: string) => boolean} options.included whether the package holds this file
 * @param {string} options.startFile the package's start page, where "/" (the home page) leads
 * @param {object} [options.meta] the content of <meta name="jt-lms"> for this package
 * @returns {{ html: string, assets: Set<string> }} the page, and the non-page files it refers to
 */
export function rewritePage(html, { file, included, startFile, meta }) {
  const document = parse(html);
  const assets = new Set();
  const removals = [];
  const problems = [];

  /** The relative URL for a site URL, or undefined when the package lacks its target. */
  const rewrite = (value) => {
    const { path, rest } = splitSiteUrl(value);
    const target = path === '/' ? startFile : fileOfSitePath(path);
    if (!included(target)) return undefined;
    if (!target.endsWith('.html')) assets.add(target);
    return relativeUrl(file, target) + rest;
  };
  // In JSON data a link cannot turn into text: an address outside the package stays the relative address it
  // would have. Only the learner's own data from another package on the same LMS can show such a link.
  const rewriteData = (value) => {
    const { path, rest } = splitSiteUrl(value);
    return rewrite(value) ?? relativeUrl(file, fileOfSitePath(path)) + rest;
  };

  walkSync(document, (node, parent) => {
    if (node.type !== ELEMENT_NODE) return;
    const attributes = node.attributes;
    if (node.name === 'link' && attributes.rel === 'canonical') {
      // The public site's address: in an LMS the package is the page.
      removals.push({ node, parent, unwrap: false });
      return;
    }
    if (node.name === 'meta' && attributes.name === 'jt-lms' && meta) attributes.content = encodeAttribute(JSON.stringify(meta));
    for (const name of URL_ATTRIBUTES) {
      if (!(name in attributes)) continue;
      const value = decodeAttribute(attributes[name]);
      if (!isSitePath(value)) continue;
      const relative = rewrite(value);
      if (relative !== undefined) attributes[name] = encodeAttribute(relative);
      else if (node.name === 'a' && name === 'href') removals.push(linkRemoval(node, parent));
      else problems.push(`<${node.name} ${name}="${value}">: dit bestand zit niet in het pakket`);
    }
    if (node.name === 'astro-island' && attributes.props) {
      const props = JSON.parse(decodeAttribute(attributes.props));
      attributes.props = encodeAttribute(JSON.stringify(rewriteJson(props, rewriteData)));
    }
    if (node.name === 'script' && attributes.type === 'application/json') {
      const text = node.children.find((child) => child.type === TEXT_NODE);
      if (text) {
        text.value = JSON.stringify(rewriteJson(JSON.parse(text.value), rewriteData)).replaceAll('<', '\\u003c');
      }
    }
    // ultrahtml writes attributes back between double quotes as they are: keep that valid.
    for (const [name, value] of Object.entries(attributes)) if (value.includes('"')) attributes[name] = value.replaceAll('"', '&quot;');
  });

  if (problems.length) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  for (const { node, parent, unwrap } of removals) {
    const siblings = parent.children;
    const at = siblings.indexOf(node);
    if (at === -1) continue;
    siblings.splice(at, 1, ...(unwrap ? node.children.map((child) => ((child.parent = parent), child)) : []));
  }
  return { html: renderSync(document), assets };
}

/**
 * A link to a page outside the package: a list item or paragraph that is only that link (a menu entry,
 * "Bekijk al uw voortgang") goes; elsewhere the link becomes its text, so a sentence stays whole.
 */
function linkRemoval(node, parent) {
  const onlyChild =
    parent?.type === ELEMENT_NODE &&
    (parent.name === 'li' || parent.name === 'p') &&
    parent.children.every((child) => child === node || (child.type === TEXT_NODE && child.value.trim() === ''));
  if (onlyChild) return { node: parent, parent: parent.parent, unwrap: false };
  return { node, parent, unwrap: true };
}

/** Rewrites the site addresses in JSON data: string values under a key such as "href" or "scenarioHref". */
export function rewriteJson(value, rewriteUrl, underUrlKey = false) {
  if (typeof value === 'string') return underUrlKey && isSitePath(value) ? rewriteUrl(value) : value;
  if (Array.isArray(value)) return value.map((item) => rewriteJson(item, rewriteUrl, underUrlKey));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewriteJson(item, rewriteUrl, URL_KEY.test(key))]));
  return value;
}
