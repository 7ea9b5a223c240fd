// The relay address is a build-time setting (PUBLIC_RELAY_URL). Read here for both the CSP in
// astro.config.mjs and the browser code, so the page can only ever talk to the relay its CSP allows.
// Imports carry .ts extensions: astro.config.mjs loads this file before Vite is running.

/** The relay's origin, or null when voting with phones is not set up. Throws a Dutch message on a bad value. */
export function relayOrigin(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_RELAY_URL "${value}" is geen geldig adres. Gebruik bijvoorbeeld https://stemmen.gemeente.nl`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`PUBLIC_RELAY_URL moet met https:// beginnen (of http:// voor een test op één computer), niet met ${url.protocol}`);
  return url.origin;
}

/** CSP connect-src sources for the relay: its origin and the same host over WebSocket. */
export function relayConnectSources(origin: string | null): string[] {
  if (!origin) return [];
  const url = new URL(origin);
  return [origin, `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`];
}
