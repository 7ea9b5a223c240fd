/**
 * Colour contrast per WCAG 2.1 (1.4.3 and 1.4.11), and a resolver for CSS custom
 * properties, so a unit test can check the theme's token pairs before a page is
 * ever rendered. Pure; no DOM.
 */

/** Parses #rgb, #rrggbb or rgb(r, g, b) to [r, g, b] in 0–255, or undefined. */
export function parseColor(value: string): [number, number, number] | undefined {
  const v = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(v);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  if (v === 'white') return [255, 255, 255];
  if (v === 'black') return [0, 0, 0];
  return undefined;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of an sRGB colour. */
export function luminance([r, g, b]: [number, number, number]): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: [number, number, number], b: [number, number, number]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Collects `--name: value;` declarations from CSS text (later files override earlier ones). */
export function readCustomProperties(...cssFiles: string[]): Map<string, string> {
  const properties = new Map<string, string>();
  for (const css of cssFiles) for (const m of css.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;]+);/gi)) properties.set(m[1]!, m[2]!.trim());
  return properties;
}

/** Resolves `var(--x, fallback)` chains to a final value, or undefined when a chain ends nowhere. */
export function resolveValue(value: string, properties: Map<string, string>, depth = 0): string | undefined {
  if (depth > 20) return undefined;
  const match = /^var\(\s*(--[a-z0-9-]+)\s*(?:,\s*(.+))?\)$/i.exec(value.trim());
  if (!match) return value.trim();
  const own = properties.get(match[1]!);
  if (own !== undefined) {
    const resolved = resolveValue(own, properties, depth + 1);
    if (resolved !== undefined) return resolved;
  }
  return match[2] !== undefined ? resolveValue(match[2], properties, depth + 1) : undefined;
}
