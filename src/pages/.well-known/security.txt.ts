import type { APIRoute } from 'astro';
import { getGemeente, settingsFile } from '../../lib/config/gemeente';
import { buildSecurityTxt, checkExpires } from '../../lib/config/security-txt';
import { ContentError } from '../../lib/schemas/friendly-errors';
import { withBase } from '../../lib/url';

// RFC 9116, built from gemeente.config.yaml. The build stops when the Expires date has passed or
// lies more than a year ahead, so a site can never publish a security contact nobody checks.
export const GET: APIRoute = ({ site }) => {
  const settings = getGemeente();
  const problem = checkExpires(settings.beveiliging.geldigTot, new Date());
  if (problem) throw new ContentError(settingsFile(), [problem]);
  const canonical = new URL(withBase('/.well-known/security.txt'), site).href;
  return new Response(buildSecurityTxt(settings, canonical), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
