import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseWithFriendlyErrors } from '../schemas/friendly-errors';

/**
 * Wraps a loader so that invalid entries fail the build with our Dutch message
 * naming the file and each wrong field, before Astro's own (generic) check runs.
 */
export function withFriendlyErrors(loader: Loader, schema: z.ZodType): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          parseWithFriendlyErrors(schema, props.data, props.filePath ?? props.id);
          return context.parseData(props);
        },
      }),
  };
}
