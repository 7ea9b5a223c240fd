import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { GemeenteSettings } from '../schemas/gemeente';

type Logo = NonNullable<GemeenteSettings['logo']>;

/** The logo's file extension ("svg" or "png"): the built file is /gemeente-logo.<ext>. */
export function logoExtension(logo: Logo): 'svg' | 'png' {
  return extname(logo.bestand).slice(1).toLowerCase() === 'png' ? 'png' : 'svg';
}

export function logoBytes(logo: Logo, root: string = process.cwd()): Buffer {
  return readFileSync(resolve(root, logo.bestand));
}

/**
 * The logo's intrinsic width and height, so the footer reserves its space before it loads
 * (no layout shift). Reads an SVG's width/height or viewBox, or a PNG's header.
 */
export function logoSize(bytes: Buffer, extension: 'svg' | 'png'): { width: number; height: number } | undefined {
  if (extension === 'png') {
    if (bytes.length < 24 || bytes.toString('ascii', 12, 16) !== 'IHDR') return undefined;
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  const root = /<svg\b[^>]*>/i.exec(bytes.toString('utf8'))?.[0] ?? '';
  const attribute = (name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(root)?.[1];
  const [width, height] = [attribute('width'), attribute('height')].map((v) => (v && /^[\d.]+(px)?$/.test(v) ? parseFloat(v) : NaN));
  if (width! > 0 && height! > 0) return { width: width!, height: height! };
  const box = attribute('viewBox')
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box?.length === 4 && box[2]! > 0 && box[3]! > 0) return { width: box[2]!, height: box[3]! };
  return undefined;
}
