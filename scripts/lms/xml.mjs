/** Escapes text for XML element content and double-quoted attributes. */
export function xml(text) {
  return String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** A valid XML ID (NCName) from any text: "A1 Burgerkracht" → "A1-Burgerkracht". */
export function xmlId(prefix, text) {
  return `${prefix}-${String(text).replace(/[^A-Za-z0-9_.-]+/g, '-')}`;
}
