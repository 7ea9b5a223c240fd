import type { Loader } from 'astro/loaders';
import { ContentError } from '../schemas/friendly-errors';
import { getGemeente, settingsDigest } from './gemeente';
import { fillPlaceholdersDeep } from './placeholders';

/**
 * Wraps a content loader so that `{gemeente.naam}` and `{gemeente.korteNaam}` in YAML files and
 * frontmatter are filled from the settings file before validation. Every page, island and the search
 * index then read the municipality's own name, from this one place.
 */
export function withGemeente(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      // Astro keeps parsed entries between builds and re-parses only changed files. A build with
      // other settings must not reuse text filled in with the previous municipality's name.
      const digest = settingsDigest();
      if (context.meta.get('gemeente-settings') !== digest) {
        context.store.clear();
        context.meta.set('gemeente-settings', digest);
      }
      const settings = getGemeente();
      return loader.load({
        ...context,
        parseData: async (props) => {
          const { data, problems } = fillPlaceholdersDeep(props.data, settings);
          if (problems.length) throw new ContentError(props.filePath ?? props.id, problems);
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      });
    },
  };
}
