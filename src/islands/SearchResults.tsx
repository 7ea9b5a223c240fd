import type { SearchGroup, TextPart } from '../lib/search/types';
import { KIND_LABELS } from '../lib/search/messages';
import { withBase } from '../lib/url';

interface Props {
  groups: SearchGroup[];
  /** Prefix for element ids, unique per page. */
  idPrefix: string;
  /** Group titles as h2 on the search page; as plain labels in the header panel. */
  headings: boolean;
  /** At most this many results per group (header panel). */
  limit?: number;
}

/** The snippet as text and <mark> elements; the content is never parsed as HTML. */
function Snippet({ parts }: { parts: TextPart[] }) {
  return <p class="jt-search-result__snippet">{parts.map((part) => (part.mark ? <mark class="nl-mark">{part.text}</mark> : part.text))}</p>;
}

/** Search results grouped by kind: title link, where it lives, and a snippet with the matched words marked. */
export function SearchResults({ groups, idPrefix, headings, limit }: Props) {
  return (
    <div class="jt-search-results">
      {groups.map((group) => {
        const labelId = `${idPrefix}-${group.kind}`;
        const hits = limit ? group.hits.slice(0, limit) : group.hits;
        const label = (
          <>
            {KIND_LABELS[group.kind]} <span class="jt-search-group__count">({group.hits.length})</span>
          </>
        );
        return (
          <div class="jt-search-group" key={group.kind}>
            {headings ? (
              <h2 class="jt-search-group__title" id={labelId}>
                {label}
              </h2>
            ) : (
              <p class="jt-search-group__title" id={labelId}>
                {label}
              </p>
            )}
            <ul class="jt-search-group__list" aria-labelledby={labelId}>
              {hits.map((hit) => (
                <li class="jt-search-result" key={hit.url}>
                  <a class="jt-search-result__link" href={withBase(hit.url)}>
                    {hit.title}
                  </a>
                  {hit.context && <p class="jt-search-result__context">{hit.context}</p>}
                  <Snippet parts={hit.snippet} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
