// A small static server for dist/ folders: the bench, the Lighthouse gate and the e2e variants use it.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The content type of each file extension the built site, the Lighthouse gate and the LMS packages serve. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

/** Serves `dir` on loopback; port 0 picks a free port (read it from server.address()). */
export function serve(dir, port = 0) {
  // Text is sent gzipped when the browser asks, as every static host does (docs/deployment.md):
  // Lighthouse simulates a slow network from the bytes on the wire, so raw files would misstate it.
  const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);
  const gzipped = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = join(dir, decodeURIComponent(url.pathname));
    if (file.endsWith('/')) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(dir, '404.html');
    const headers = { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', vary: 'accept-encoding' };
    let body = readFileSync(file);
    if (compressible.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
      body = gzipped.get(file);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(found ? 200 : 404, headers);
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
