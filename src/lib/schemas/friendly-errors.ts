import type { z } from 'astro/zod';

/** An authoring mistake, with the file and the field named so the author can fix it. */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly file: string;
  readonly problems: string[];
  // Plain fields, not parameter properties: Node runs the content digest (which throws this) without a compiler.
  constructor(file: string, problems: string[]) {
    super(`Fout in ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.file = file;
    this.problems = problems;
  }
}

/**
 * Turns a zod path into a readable field name. Array positions get the item's
 * `id` when it has one, because "nodes[7]" means little to an author and
 * `nodes[7] ("de-mail")` does.
 */
export function formatPath(path: ReadonlyArray<PropertyKey>, data: unknown): string {
  let out = '';
  let cursor: unknown = data;
  for (const key of path) {
    if (typeof key === 'number') {
      cursor = Array.isArray(cursor) ? cursor[key] : undefined;
      const id = cursor && typeof cursor === 'object' && 'id' in cursor ? (cursor as { id: unknown }).id : undefined;
      out += `[${key}]` + (typeof id === 'string' ? ` ("${id}")` : '');
    } else {
      cursor = cursor && typeof cursor === 'object' ? (cursor as Record<PropertyKey, unknown>)[key] : undefined;
      out += (out ? '.' : '') + String(key);
    }
  }
  return out || '(het hele bestand)';
}

/** Lists zod issues as "veld: melding" lines. */
export function describeIssues(issues: ReadonlyArray<z.core.$ZodIssue>, data: unknown): string[] {
  return issues.map((issue) => {
    const field = formatPath(issue.path, data);
    const message = issue.code === 'invalid_type' && issue.input === undefined ? 'ontbreekt' : issue.message;
    return `veld "${field}": ${message}`;
  });
}

/** Parses `data` with `schema`, or throws a ContentError that names the file and every wrong field. */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(file, describeIssues(result.error.issues, data));
  return result.data;
}
