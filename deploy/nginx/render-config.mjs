// Renders the nginx configuration for a build of Ja, tenzij. The Content-Security-Policy
// header is read from the built pages, which carry the policy Astro made from
// astro.config.mjs, so the header and the pages can never disagree.
//
//   npm run build
//   node deploy/nginx/render-config.mjs --dist dist --root /var/www/ja-tenzij > ja-tenzij.conf
//
// Options (docs/deployment.md has the full story):
//   --dist <dir>         the built site to read the policy from (default: dist)
//   --base <path>        the path the site lives under (default: $SITE_BASE or /)
//   --root <dir>         nginx root: the site's files are in <root><base> (default: /var/www/ja-tenzij)
//   --listen <port>      what nginx listens on (default: 80)
//   --server-name <n>    server_name (default: _)
//   --brotli             also compress with brotli (Debian: libnginx-mod-http-brotli-filter)
//   --standalone <dir>   write a complete nginx.conf plus ja-tenzij.conf into <dir>, for
//                        the container and the tests, with its run files in --runtime-dir
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = fileURLToPath(new URL('.', import.meta.url));
export const SITE_TEMPLATE = join(here, 'ja-tenzij.conf.template');
export const STANDALONE_TEMPLATE = join(here, 'nginx.conf.template');

/** Directives a <meta> policy cannot carry; the header adds them. */
/** @type {Array<[string, string[]]>} */
const HEADER_ONLY_DIRECTIVES = [['frame-ancestors', ["'self'"]]];
const COMPRESSIBLE = 'text/css text/plain text/xml application/javascript application/json application/manifest+json image/svg+xml';

/**
 * The Content-Security-Policy of every built page, from its <meta http-equiv> element.
 * @param {string} distDir
 * @returns {string[]}
 */
export function policiesFromBuild(distDir) {
  /** @type {string[]} */
  const policies = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const match = readFileSync(path, 'utf8').match(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i);
        if (match?.[1]) policies.push(decodeEntities(match[1]));
      }
    }
  };
  walk(distDir);
  if (policies.length === 0) {
    throw new Error(
      `Geen Content-Security-Policy gevonden in de pagina's in ${distDir}. Bouw eerst de site (npm run build) en geef die map op met --dist.`,
    );
  }
  return policies;
}

/** @param {string} text */
function decodeEntities(text) {
  return text.replace(
    /&#39;|&#x27;|&quot;|&amp;/g,
    (entity) => ({ '&#39;': "'", '&#x27;': "'", '&quot;': '"', '&amp;': '&' })[entity] ?? entity,
  );
}

/**
 * One policy that allows exactly what the pages allow together: per directive, the
 * union of the sources. Pages share one policy today; a page with its own inline
 * script hash still works.
 * @param {string[]} policies
 * @returns {string}
 */
export function headerPolicy(policies) {
  /** @type {Map<string, string[]>} */
  const directives = new Map();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
      if (!name) continue;
      const key = name.toLowerCase();
      const known = directives.get(key) ?? [];
      for (const source of sources) if (!known.includes(source)) known.push(source);
      directives.set(key, known);
    }
  }
  for (const [name, sources] of HEADER_ONLY_DIRECTIVES) if (!directives.has(name)) directives.set(name, sources);
  const text = [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
  if (/["\\$]/.test(text)) throw new Error(`De Content-Security-Policy bevat een teken dat nginx niet letterlijk overneemt: ${text}`);
  return text;
}

/**
 * Checks a base path such as "/" or "/leren/participatie/".
 * @param {string} base
 * @returns {string}
 */
export function checkBase(base) {
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(base) || base.split('/').some((part) => part === '.' || part === '..')) {
    throw new Error(
      `Ongeldig pad "${base}": gebruik een pad dat met / begint en eindigt, zoals /leren/ (hetzelfde als SITE_BASE bij het bouwen).`,
    );
  }
  return base;
}

/**
 * @typedef {object} SiteOptions
 * @property {string} csp        the header policy (headerPolicy)
 * @property {string} base       the path the site lives under
 * @property {string} root       nginx root; the files are in root + base
 * @property {string} listen     listen parameter, e.g. "80" or "127.0.0.1:8080"
 * @property {string} serverName server_name
 * @property {boolean} brotli    also compress with brotli
 */

/**
 * The site configuration (ja-tenzij.conf) for these options.
 * @param {string} template
 * @param {SiteOptions} options
 * @returns {string}
 */
export function renderSite(template, options) {
  const base = checkBase(options.base);
  const outside =
    base === '/'
      ? ''
      : [
          '',
          '  # Only the site is served from this server; the path without its slash leads to it.',
          `  location = ${base.slice(0, -1)} {`,
          `    return 301 ${base};`,
          '  }',
          '  location / {',
          '    return 404;',
          '  }',
          '',
        ].join('\n');
  const brotli = options.brotli
    ? ['', '  brotli on;', '  brotli_comp_level 5;', '  brotli_min_length 512;', `  brotli_types ${COMPRESSIBLE};`, ''].join('\n')
    : '';
  return fill(template, {
    BASE: base,
    BASE_REGEX: base.replace(/[.]/g, '\\.'),
    BASE_NO_SLASH: base === '/' ? '/' : base.slice(0, -1),
    LISTEN: options.listen,
    SERVER_NAME: options.serverName,
    ROOT: options.root,
    CSP: options.csp,
    BROTLI: brotli,
    OUTSIDE_BASE: outside,
  });
}

/**
 * @typedef {object} StandaloneOptions
 * @property {string} siteConf    absolute path of the rendered ja-tenzij.conf
 * @property {string} runtimeDir  writable folder for the pid file and temporary files
 * @property {string} errorLog    where errors go, e.g. "stderr"
 * @property {string} accessLog   where requests are logged, e.g. "off" or "/dev/stdout"
 * @property {string | null} user user for the worker processes; null keeps nginx's default
 * @property {boolean} brotli     load the brotli module
 * @property {string} modulesDir  where Debian keeps nginx modules
 */

/**
 * A complete nginx.conf around the site configuration.
 * @param {string} template
 * @param {StandaloneOptions} options
 * @returns {string}
 */
export function renderStandalone(template, options) {
  return fill(template, {
    USER: options.user ? `user ${options.user};\n` : '',
    RUNTIME_DIR: options.runtimeDir,
    ERROR_LOG: options.errorLog,
    ACCESS_LOG: options.accessLog,
    LOAD_MODULES: options.brotli ? `load_module ${options.modulesDir}/ngx_http_brotli_filter_module.so;\n` : '',
    SITE_CONF: options.siteConf,
  });
}

/**
 * @param {string} template
 * @param {Record<string, string>} values
 */
function fill(template, values) {
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_, key) => {
    if (!(key in values)) throw new Error(`Onbekend veld {{${key}}} in de nginx-sjabloon`);
    return /** @type {string} */ (values[key]);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.SITE_BASE ?? '/' },
      root: { type: 'string', default: '/var/www/ja-tenzij' },
      listen: { type: 'string', default: '80' },
      'server-name': { type: 'string', default: '_' },
      brotli: { type: 'boolean', default: false },
      standalone: { type: 'string' },
      'runtime-dir': { type: 'string', default: '/tmp/nginx' },
      'error-log': { type: 'string', default: 'stderr' },
      'access-log': { type: 'string', default: '/dev/stdout' },
      user: { type: 'string' },
      'modules-dir': { type: 'string', default: '/usr/lib/nginx/modules' },
    },
  });
  try {
    const site = renderSite(readFileSync(SITE_TEMPLATE, 'utf8'), {
      csp: headerPolicy(policiesFromBuild(resolve(values.dist))),
      base: values.base,
      root: values.root,
      listen: values.listen,
      serverName: values['server-name'],
      brotli: values.brotli,
    });
    if (values.standalone === undefined) {
      process.stdout.write(site);
    } else {
      const dir = resolve(values.standalone);
      mkdirSync(dir, { recursive: true });
      const siteConf = join(dir, 'ja-tenzij.conf');
      writeFileSync(siteConf, site);
      const main = renderStandalone(readFileSync(STANDALONE_TEMPLATE, 'utf8'), {
        siteConf,
        runtimeDir: values['runtime-dir'],
        errorLog: values['error-log'],
        accessLog: values['access-log'],
        user: values.user ?? null,
        brotli: values.brotli,
        modulesDir: values['modules-dir'],
      });
      writeFileSync(join(dir, 'nginx.conf'), main);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
