const PLACEHOLDER = /\{([^{}\s]+)\}/g;

/** The answer names a result template uses, e.g. ["initiatief.naam"] for "Beste {initiatief.naam}". */
export function templateFields(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/**
 * Fills in a result template. Returns null when an answer it needs is empty: the paragraph is then
 * left out, so a half-filled worksheet reads as a shorter letter, never as one with gaps.
 */
export function fillTemplate(template: string, answer: (name: string) => string | undefined): string | null {
  let missing = false;
  const filled = template.replace(PLACEHOLDER, (_match, name: string) => {
    const value = answer(name)?.trim();
    if (!value) missing = true;
    return value ?? '';
  });
  return missing ? null : filled;
}
