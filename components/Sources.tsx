/** A collapsible list of sources; URLs become links, citations stay text. */
import type { I18n } from '../lib/i18n/i18n.ts';

export function Sources({ sources, i18n }: { sources: readonly string[]; i18n: I18n }) {
  const unique = [...new Set(sources)];
  return (
    <details class="dl-sources">
      <summary>{i18n.t('card.sources', { count: unique.length })}</summary>
      <ul>
        {unique.map((s) => (
          <li key={s}>
            {/^https?:\/\//.test(s) ? (
              <a href={s} target="_blank" rel="noopener noreferrer">
                {s.replace(/^https?:\/\/(www\.)?/, '')}
              </a>
            ) : (
              s
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
