import type { APIRoute } from 'astro';
import { getGemeente } from '../lib/config/gemeente';
import { logoBytes, logoExtension } from '../lib/config/logo';

// The logo from gemeente.config.yaml, copied into the build under a fixed name. It may live anywhere in
// the project (also outside public/), so the default build carries no other municipality's logo.
export function getStaticPaths() {
  const { logo } = getGemeente();
  return logo ? [{ params: { ext: logoExtension(logo) } }] : [];
}

export const GET: APIRoute = () => {
  const { logo } = getGemeente();
  if (!logo) return new Response(null, { status: 404 });
  const type = logoExtension(logo) === 'png' ? 'image/png' : 'image/svg+xml';
  return new Response(new Uint8Array(logoBytes(logo)), { headers: { 'Content-Type': type } });
};
