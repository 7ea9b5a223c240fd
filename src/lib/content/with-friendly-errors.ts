import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWithFriendlyErrors } from '../schemas/friendly-errors';

/**
 * Wraps a loader so that invalid entries fail the build with our Dutch message
 * naming the file and each wrong field, before Astro's own (generic) check runs.
 * `entryInName` adds the entry's id, for files that hold several entries.
 */
export function withFriendlyErrors(loader: Loader, schema: z.ZodType, { entryInName = false } = {}): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          const path = props.filePath;
          const file = path && isAbsolute(path) ? relative(fileURLToPath(context.config.root), path) : (path ?? props.id);
          parseWithFriendlyErrors(schema, props.data, entryInName ? `${file} (${props.id})` : file);
          return context.parseData(props);
        },
      }),
  };
}
